import { type ReactNode, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DemoBadge, ErrorState, LoadingState } from '../../../components/states';
import { GraphQLRequestError } from '../../../graphql/client';
import { useDocumentTitle } from '../../../utils/useDocumentTitle';
import { useSession } from '../../account/hooks/useSession';
import { mayEditSchool } from '../../account/utils/session';
import { AuditTrailView } from '../../review/components/AuditTrail';
import { useAuditTrailQuery } from '../../review/hooks/useReviewQueries';
import { reviewErrorKind } from '../../review/utils/review';
import { startDraft } from '../hooks/useDraftActions';
import { checkedDocument, type EditorSchool, useEditorSchoolQuery } from '../hooks/useEditorQueries';
import { reviewStrings } from '../../review/strings.nl';
import { editorStrings as t } from '../strings.nl';
import { defaultEditorYear, editableSchoolYears, openReviewNote, sopsOfYear } from '../utils/draft-form';
import { DraftEditor } from './DraftEditor';

const statusLabels = reviewStrings.statuses;

function YearDraft({
  school,
  schoolYear,
  refreshKey,
  onChanged,
}: {
  readonly school: EditorSchool;
  readonly schoolYear: string;
  readonly refreshKey: number;
  readonly onChanged: () => void;
}) {
  const { open } = sopsOfYear(school.sops, schoolYear);
  const trail = useAuditTrailQuery(school.id, `editor:${refreshKey}`);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checked = useMemo(() => (open ? checkedDocument(open) : null), [open]);

  const start = () => {
    setStarting(true);
    setError(null);
    startDraft(school.id, schoolYear).then(
      () => {
        setStarting(false);
        onChanged();
      },
      (cause: unknown) => {
        setStarting(false);
        const kind = cause instanceof GraphQLRequestError ? reviewErrorKind(cause.errors) : 'other';
        setError(
          kind === 'forbidden'
            ? t.errors.forbidden
            : kind === 'unauthenticated'
              ? t.errors.unauthenticated
              : t.errors.other(cause instanceof Error ? cause.message : String(cause)),
        );
      },
    );
  };

  let draft: ReactNode;
  if (!open || checked === null) {
    draft = (
      <div className="draft draft--none">
        <p className="state">{t.page.noDraft(schoolYear)}</p>
        {school.sops.some((s) => s.status === 'PUBLISHED') ? (
          <>
            <p className="muted">{t.page.startHint}</p>
            <button type="button" className="button" disabled={starting} onClick={start}>
              {starting ? t.page.starting : t.page.start(schoolYear)}
            </button>
          </>
        ) : (
          <p className="state state--warn">{t.page.noPublished}</p>
        )}
        {error ? (
          <p className="state state--error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  } else if (!checked.ok) {
    draft = <ErrorState message={checked.message} onRetry={onChanged} />;
  } else {
    draft = (
      <DraftEditor
        sop={open}
        document={checked.document}
        reviewNote={trail.status === 'success' ? openReviewNote(trail.data) : null}
        onChanged={onChanged}
      />
    );
  }
  // One audit query: the draft reads the SWV's last comment from it, the history below shows it.
  return (
    <>
      {draft}
      <AuditTrailView query={trail} />
    </>
  );
}

/** Beheer → a school's SOP: its versions per year, and the open draft of the running or coming year to edit. */
export function EditorPage({ schoolId }: { readonly schoolId: string }) {
  const id = useId();
  const { user } = useSession();
  const [refreshKey, setRefreshKey] = useState(0);
  const query = useEditorSchoolQuery(schoolId, user?.id ?? '', refreshKey);
  const [params, setParams] = useSearchParams();
  const years = useMemo(() => editableSchoolYears(new Date()), []);
  const name = query.status === 'success' ? query.data.name : '';
  useDocumentTitle(name ? t.page.title(name) : t.mySchools.title);

  const back = (
    <p>
      <Link to="/beheer">{t.page.back}</Link>
    </p>
  );
  if (user === undefined) return <LoadingState />;
  if (user === null || !mayEditSchool(user, schoolId)) {
    return (
      <section className="page">
        <h1>{t.mySchools.title}</h1>
        <p className="state state--warn">{user === null ? t.page.needLogin : t.page.forbidden}</p>
        {back}
      </section>
    );
  }
  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error') {
    return (
      <section className="page">
        <h1>{t.mySchools.title}</h1>
        <ErrorState message={query.error.message} onRetry={query.refetch} />
        {back}
      </section>
    );
  }
  const school = query.data;
  const asked = params.get('jaar');
  const year =
    asked !== null && (years as readonly string[]).includes(asked)
      ? asked
      : defaultEditorYear(school.sops, years);
  const refresh = () => setRefreshKey((n) => n + 1);

  return (
    <section className="page">
      <h1>
        {t.page.title(school.name)} {school.isDemo ? <DemoBadge /> : null}
      </h1>
      {back}
      <p>
        <Link to={`/scholen/${encodeURIComponent(school.id)}`}>{t.page.profile}</Link>
      </p>

      <h2 id={`${id}-versions`}>{t.page.versions}</h2>
      <ul aria-labelledby={`${id}-versions`} className="draft__versions">
        {school.sops.map((sop) => (
          <li key={sop.id}>
            {t.page.statusOf(sop.schoolYear, statusLabels[sop.status] ?? sop.status, sop.version)}
          </li>
        ))}
      </ul>

      <fieldset className="draft__years">
        <legend>{t.page.yearLabel}</legend>
        {years.map((y) => (
          <label key={y} className="checkbox">
            <input
              type="radio"
              name={`${id}-year`}
              value={y}
              checked={y === year}
              onChange={() => setParams({ jaar: y }, { replace: true })}
            />{' '}
            {y}
          </label>
        ))}
      </fieldset>

      <YearDraft key={year} school={school} schoolYear={year} refreshKey={refreshKey} onChanged={refresh} />
    </section>
  );
}
