import { SCHOOL_KINDS, type SchoolKind } from '@sop-atlas/sop-model';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useSchoolsQuery } from '../hooks/useSchoolsQuery';
import { schoolsStrings as t } from '../strings.nl';
import { filterSchools, type SchoolFilter } from '../utils/schools';
import { SchoolFilters } from './SchoolFilters';
import { SchoolsTable } from './SchoolsTable';

function readKind(value: string | null): SchoolKind | '' {
  return SCHOOL_KINDS.find((k) => k.code === value)?.code ?? '';
}

/** The filter lives in the URL (`?q=&werkgebied=&soort=`) so charts can link here and views can be shared. */
function useFilterParams(): [SchoolFilter, (next: SchoolFilter) => void] {
  const [params, setParams] = useSearchParams();
  const filter: SchoolFilter = {
    text: params.get('q') ?? '',
    werkgebied: params.get('werkgebied') ?? '',
    kind: readKind(params.get('soort')),
  };
  const update = (next: SchoolFilter) => {
    const search = new URLSearchParams();
    if (next.text !== '') search.set('q', next.text);
    if (next.werkgebied !== '') search.set('werkgebied', next.werkgebied);
    if (next.kind !== '') search.set('soort', next.kind);
    setParams(search, { replace: true });
  };
  return [filter, update];
}

export function SchoolsPage() {
  const query = useSchoolsQuery();
  const [filter, setFilter] = useFilterParams();
  const rows = useMemo(
    () => (query.status === 'success' ? filterSchools(query.data.schools, filter) : []),
    [query.status, query.data, filter.text, filter.werkgebied, filter.kind],
  );

  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <SchoolFilters filter={filter} onChange={setFilter} />
      {query.status === 'loading' ? <LoadingState /> : null}
      {query.status === 'error' ? <ErrorState message={query.error.message} onRetry={query.refetch} /> : null}
      {query.status === 'success' ? (
        query.data.schools.length === 0 ? (
          <EmptyState>{t.empty}</EmptyState>
        ) : (
          <>
            <p className="result-count" role="status" aria-live="polite">
              {t.count(rows.length, query.data.schools.length)}
            </p>
            {rows.length === 0 ? <EmptyState>{t.noMatch}</EmptyState> : <SchoolsTable rows={rows} />}
          </>
        )
      ) : null}
    </section>
  );
}
