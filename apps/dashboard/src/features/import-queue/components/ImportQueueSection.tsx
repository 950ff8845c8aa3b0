import { useId, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/states';
import { useSession } from '../../account/hooks/useSession';
import { isStaff } from '../../account/utils/session';
import {
  publishAllReady,
  resolveSchoolMatch,
  setPublishingPolicy,
  useImportQueueQuery,
  type WaitingDocument,
} from '../hooks/useImportQueue';
import { importQueueStrings as t } from '../strings.nl';

/**
 * Beheer, after an upload: how many documents are ready, to review and to match; "publish all ready" in one
 * action; the SWV's policy for clean imports; and each document waiting for its school with the suggestions and
 * the explicit "new school" choice.
 */
export function ImportQueueSection({
  refreshKey,
  onChanged,
}: {
  readonly refreshKey: number;
  readonly onChanged: () => void;
}) {
  const id = useId();
  const { user } = useSession();
  const [localKey, setLocalKey] = useState(0);
  const query = useImportQueueQuery(`${refreshKey}-${localKey}`);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const act = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await work() });
      setLocalKey((n) => n + 1);
      onChanged();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  if (!isStaff(user ?? null))
    return (
      <section className="sop-section" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t.title}</h2>
        <p className="state">{t.needLogin}</p>
      </section>
    );
  return (
    <section className="sop-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {query.status === 'loading' ? <LoadingState /> : null}
      {query.status === 'error' ? <ErrorState message={query.error.message} onRetry={query.refetch} /> : null}
      {query.status === 'success' ? (
        <>
          <dl className="figures">
            <div className="figure">
              <dt>{t.figures.ready}</dt>
              <dd className="figure__value">{query.data.importQueueSummary.ready}</dd>
            </div>
            <div className="figure">
              <dt>{t.figures.needsReview}</dt>
              <dd className="figure__value">{query.data.importQueueSummary.needsReview}</dd>
            </div>
            <div className="figure">
              <dt>{t.figures.toMatch}</dt>
              <dd className="figure__value">{query.data.importQueueSummary.toMatch}</dd>
            </div>
          </dl>
          <button
            type="button"
            className="button"
            disabled={busy || query.data.importQueueSummary.ready === 0}
            onClick={() =>
              void act(async () => {
                const r = await publishAllReady();
                return t.published(r.publishedCount, r.waitingCount);
              })
            }
          >
            {busy ? t.publishing : t.publishAll(query.data.importQueueSummary.ready)}
          </button>
          <label className="checks__option">
            <input
              type="checkbox"
              checked={query.data.publishingPolicy.publishCleanImports}
              disabled={busy}
              aria-describedby={`${id}-policy-help`}
              onChange={(e) => {
                const on = e.target.checked;
                void act(async () => t.policySaved(await setPublishingPolicy(on)));
              }}
            />{' '}
            {t.policy}
          </label>
          <p id={`${id}-policy-help`} className="muted">
            {t.policyHelp}
          </p>
          {message ? (
            <p
              role={message.kind === 'error' ? 'alert' : 'status'}
              className={message.kind === 'error' ? 'warning' : 'state'}
            >
              {message.text}
            </p>
          ) : null}
          <WaitingDocuments
            documents={query.data.schoolMatches}
            busy={busy}
            onChoose={(doc, choice) =>
              void act(async () => {
                await resolveSchoolMatch(doc.id, choice);
                return t.matches.linked(doc.fileName);
              })
            }
          />
        </>
      ) : null}
    </section>
  );
}

function WaitingDocuments({
  documents,
  busy,
  onChoose,
}: {
  readonly documents: readonly WaitingDocument[];
  readonly busy: boolean;
  readonly onChoose: (doc: WaitingDocument, choice: { schoolId: string } | { newSchool: true }) => void;
}) {
  if (documents.length === 0) return <p className="muted">{t.matches.empty}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t.matches.caption(documents.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.matches.document}</th>
            <th scope="col">{t.matches.says}</th>
            <th scope="col">{t.matches.why}</th>
            <th scope="col">{t.matches.choose}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id}>
              <th scope="row">{doc.fileName}</th>
              <td>
                {doc.documentSchoolName ?? '—'}
                {doc.documentAddress ? <span className="source"> · {doc.documentAddress}</span> : null}
                {doc.schoolYear ? <span className="source"> · {doc.schoolYear}</span> : null}
              </td>
              <td>{doc.reason}</td>
              <td>
                {doc.suggestions.length === 0 ? <p className="muted">{t.matches.noSuggestions}</p> : null}
                {doc.suggestions.map((s) => (
                  <button
                    key={s.schoolId}
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() => onChoose(doc, { schoolId: s.schoolId })}
                  >
                    {t.matches.suggestion(s.name, s.postcode ?? null, s.reason)}
                  </button>
                ))}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => onChoose(doc, { newSchool: true })}
                >
                  {t.matches.newSchool}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
