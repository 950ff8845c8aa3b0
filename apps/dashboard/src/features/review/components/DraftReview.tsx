import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/states';
import { GraphQLRequestError } from '../../../graphql/client';
import { sendBack } from '../../editor/hooks/useDraftActions';
import { correctSopField, publishSop } from '../hooks/useReviewActions';
import { type ReviewWarningRow, useSopReviewQuery } from '../hooks/useReviewQueries';
import { reviewStrings as t } from '../strings.nl';
import { candidateValue, reviewErrorKind, reviewErrorMessage } from '../utils/review';
import { AuditTrail } from './AuditTrail';
import { WarningQueue } from './WarningQueue';

type Notice =
  | { readonly kind: 'ok'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string; readonly conflict: boolean };

function failure(cause: unknown): Notice {
  if (cause instanceof GraphQLRequestError) {
    return {
      kind: 'error',
      message: reviewErrorMessage(cause.errors, cause.message, t.errors),
      conflict: reviewErrorKind(cause.errors) === 'conflict',
    };
  }
  return { kind: 'error', message: t.errors.other(String(cause)), conflict: false };
}

function SourceLines({ warning }: { readonly warning: ReviewWarningRow }) {
  if (warning.sourceLines.length === 0) {
    return <p className="muted">{warning.excerpt ?? t.review.noSource}</p>;
  }
  return (
    <ol className="source-lines" aria-label={t.review.source}>
      {warning.sourceLines.map((line) => (
        <li
          key={line.number}
          value={line.number}
          className={line.marked ? 'source-lines__marked' : undefined}
        >
          <span className="visually-hidden">{t.review.line(line.number)}: </span>
          {line.marked ? <mark>{line.text || ' '}</mark> : line.text || ' '}
        </li>
      ))}
    </ol>
  );
}

/** One draft: each warning beside its source lines, candidate picks, publish, and the school's audit trail. */
export function DraftReview({
  sopId,
  onOpen,
  onClose,
}: {
  readonly sopId: string;
  readonly onOpen: (sopId: string) => void;
  readonly onClose: () => void;
}) {
  const id = useId();
  const query = useSopReviewQuery(sopId);
  const [busy, setBusy] = useState(false);
  const [force, setForce] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [published, setPublished] = useState(false);
  const [comment, setComment] = useState('');

  const back = (
    <button type="button" className="button button--secondary" onClick={onClose}>
      {t.review.close}
    </button>
  );
  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error')
    return (
      <div>
        <ErrorState message={query.error.message} onRetry={query.refetch} />
        {back}
      </div>
    );
  const { sop, warnings } = query.data;
  const editable = !published && (sop.status === 'DRAFT' || sop.status === 'IN_REVIEW');

  const pick = (warning: ReviewWarningRow, value: string) => {
    setBusy(true);
    setNotice(null);
    correctSopField(sop.id, sop.version, warning.path, candidateValue(warning.path, value)).then(
      (next) => {
        setBusy(false);
        // The correction is a new version with its own id: open it (the audit trail follows).
        onOpen(next.id);
      },
      (cause: unknown) => {
        setBusy(false);
        setNotice(failure(cause));
      },
    );
  };

  const publish = () => {
    setBusy(true);
    setNotice(null);
    publishSop(sop.id, sop.version, force).then(
      () => {
        setBusy(false);
        setPublished(true);
        setNotice({ kind: 'ok', message: t.review.published });
      },
      (cause: unknown) => {
        setBusy(false);
        setNotice(failure(cause));
      },
    );
  };

  const sendBackToSchool = () => {
    if (comment.trim() === '') {
      setNotice({ kind: 'error', message: t.review.commentNeeded, conflict: false });
      return;
    }
    setBusy(true);
    setNotice(null);
    sendBack(sop.id, sop.version, comment.trim()).then(
      (next) => {
        setBusy(false);
        setComment('');
        // The school's draft is a new version with its own id: open it (the audit trail shows the comment).
        onOpen(next.id);
      },
      (cause: unknown) => {
        setBusy(false);
        setNotice(failure(cause));
      },
    );
  };

  return (
    <article className="review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.review.heading(sop.school.name, sop.schoolYear)}</h3>
      <p className="muted">
        {t.review.version(
          sop.version,
          published ? (t.statuses['PUBLISHED'] ?? '') : (t.statuses[sop.status] ?? sop.status),
        )}
        {sop.sourceDocument ? ` · ${t.review.file(sop.sourceDocument.fileName)}` : null}
      </p>
      {back}

      {notice ? (
        notice.kind === 'ok' ? (
          <div className="state" role="status">
            <p>{notice.message}</p>
            <Link to={`/scholen/${encodeURIComponent(sop.schoolId)}`}>{t.review.profile}</Link>
          </div>
        ) : (
          <div className="state state--error" role="alert">
            <p className="state__title">{notice.message}</p>
            {notice.conflict ? (
              <button type="button" className="button" onClick={onClose}>
                {t.errors.reload}
              </button>
            ) : null}
          </div>
        )
      ) : null}

      {editable ? (
        <WarningQueue
          warnings={warnings}
          documentUrl={sop.sourceDocument?.mediaType === 'application/pdf' ? sop.sourceDocument.url : null}
          busy={busy}
          onChoose={pick}
        />
      ) : null}

      <h4>{t.review.warningsTitle}</h4>
      {warnings.length === 0 ? <p className="state">{t.review.noWarnings}</p> : null}
      <ul className="review__warnings">
        {warnings.map((warning) => (
          <li
            key={warning.id}
            className={`review__warning${warning.resolvedAt ? '' : ' review__warning--open'}`}
          >
            <div className="review__text">
              <p className="review__message">
                <strong>
                  {warning.resolvedAt ? t.review.resolved(warning.resolvedBy ?? '') : t.review.open}:
                </strong>{' '}
                {warning.message}
              </p>
              <dl className="review__meta">
                {warning.path ? (
                  <>
                    <dt>{t.review.field}</dt>
                    <dd>
                      <code>{warning.path}</code>
                    </dd>
                  </>
                ) : null}
                {warning.section ? (
                  <>
                    <dt>{t.review.section}</dt>
                    <dd>{warning.section}</dd>
                  </>
                ) : null}
              </dl>
              {editable && !warning.resolvedAt && warning.candidates.length > 0 && warning.path ? (
                <fieldset className="review__choices" disabled={busy}>
                  <legend>{t.review.choose}</legend>
                  {warning.candidates.map((candidate) => (
                    <button
                      key={candidate}
                      type="button"
                      className="button button--secondary"
                      onClick={() => pick(warning, candidate)}
                    >
                      {t.review.pick(candidate)}
                    </button>
                  ))}
                </fieldset>
              ) : null}
            </div>
            <SourceLines warning={warning} />
          </li>
        ))}
      </ul>

      {editable ? (
        <form
          className="filters"
          aria-label={t.review.publishTitle}
          onSubmit={(e) => {
            e.preventDefault();
            publish();
          }}
        >
          <label className="checkbox">
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
            {t.review.force}
          </label>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.review.publishing : t.review.publish}
          </button>
        </form>
      ) : null}

      {!published && sop.status === 'IN_REVIEW' ? (
        <form
          className="filters"
          aria-label={t.review.sendBackTitle}
          onSubmit={(e) => {
            e.preventDefault();
            sendBackToSchool();
          }}
        >
          <div className="field field--grow">
            <label htmlFor={`${id}-comment`}>{t.review.comment}</label>
            <textarea
              id={`${id}-comment`}
              rows={3}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t.review.sendBack}
          </button>
        </form>
      ) : null}
      <p>
        <Link
          to={`/beheer/scholen/${encodeURIComponent(sop.schoolId)}?jaar=${encodeURIComponent(sop.schoolYear)}`}
        >
          {t.review.editDraft}
        </Link>
      </p>

      <AuditTrail schoolId={sop.schoolId} refreshKey={`${sop.id}:${published ? 'p' : 'd'}`} />
    </article>
  );
}
