import { useId } from 'react';
import { Link } from 'react-router-dom';
import { DemoBadge, EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useMySchoolsQuery } from '../hooks/useEditorQueries';
import { reviewStrings } from '../../review/strings.nl';
import { editorStrings as t } from '../strings.nl';

const statusLabels = reviewStrings.statuses;

/** Beheer for a school editor: the linked schools, their SOPs per year, and the way to the draft. */
export function MySchools({ schoolIds }: { readonly schoolIds: readonly string[] }) {
  const id = useId();
  const query = useMySchoolsQuery(schoolIds);
  return (
    <section aria-labelledby={`${id}-title`} className="my-schools">
      <h2 id={`${id}-title`}>{t.mySchools.title}</h2>
      <p className="muted">{t.mySchools.intro}</p>
      {schoolIds.length === 0 ? (
        <EmptyState>{t.mySchools.none}</EmptyState>
      ) : query.status === 'loading' ? (
        <LoadingState />
      ) : query.status === 'error' ? (
        <ErrorState message={query.error.message} onRetry={query.refetch} />
      ) : (
        <ul className="my-schools__list">
          {query.data.map((school) => (
            <li key={school.id}>
              <Link className="button" to={`/beheer/scholen/${encodeURIComponent(school.id)}`}>
                {t.mySchools.open(school.name)}
              </Link>{' '}
              {school.isDemo ? <DemoBadge /> : null}
              <ul className="draft__versions">
                {school.sops.map((sop) => (
                  <li key={sop.id}>
                    {t.page.statusOf(sop.schoolYear, statusLabels[sop.status] ?? sop.status, sop.version)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
