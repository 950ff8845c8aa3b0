import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useSchoolsQuery } from '../../schools/hooks/useSchoolsQuery';
import { useSchoolSopsQuery } from '../hooks/useSchoolSopsQuery';
import { compareStrings as t } from '../strings.nl';
import { compareMatrix, toggleSelection } from '../utils/compare-matrix';
import { CompareTable } from './CompareTable';
import { SchoolPicker } from './SchoolPicker';
import { SopMatrix } from './SopMatrix';

export const MAX_COMPARED = 6;

function Comparison({ ids }: { readonly ids: readonly string[] }) {
  const query = useSchoolSopsQuery(ids);
  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error') return <ErrorState message={query.error.message} onRetry={query.refetch} />;
  const expertise = compareMatrix('expertise', query.data, t.column);
  const partners = compareMatrix('partners', query.data, t.column);
  const facilities = compareMatrix('facilities', query.data, t.column);
  return (
    <>
      {expertise.withoutSop.map((name) => (
        <p key={name} className="state state--empty">
          {t.noSop(name)}
        </p>
      ))}
      <SopMatrix matrix={expertise} text={t.expertise} />
      <SopMatrix matrix={partners} text={t.partners} />
      <SopMatrix matrix={facilities} text={t.facilities} />
    </>
  );
}

export function ComparePage() {
  const schools = useSchoolsQuery();
  const [params, setParams] = useSearchParams();
  const selected = useMemo(() => params.getAll('school').slice(0, MAX_COMPARED), [params]);
  const setSelected = (ids: readonly string[]) => {
    const next = new URLSearchParams();
    for (const id of ids) next.append('school', id);
    setParams(next, { replace: true });
  };

  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {schools.status === 'loading' ? <LoadingState /> : null}
      {schools.status === 'error' ? (
        <ErrorState message={schools.error.message} onRetry={schools.refetch} />
      ) : null}
      {schools.status === 'success' && schools.data.schools.length === 0 ? (
        <EmptyState>{t.picker.noSchools}</EmptyState>
      ) : null}
      {schools.status === 'success' && schools.data.schools.length > 0 ? (
        <SchoolPicker
          schools={schools.data.schools}
          selected={selected}
          max={MAX_COMPARED}
          onToggle={(id) => setSelected(toggleSelection(selected, id, MAX_COMPARED))}
          onClear={() => setSelected([])}
        />
      ) : null}
      {selected.length === 0 ? <EmptyState>{t.nothingSelected}</EmptyState> : null}
      {selected.length === 1 ? <p className="muted">{t.aligned.oneSchool}</p> : null}
      {selected.length >= 2 ? <CompareTable ids={selected} /> : null}
      {selected.length > 0 ? <Comparison ids={selected} /> : null}
    </section>
  );
}
