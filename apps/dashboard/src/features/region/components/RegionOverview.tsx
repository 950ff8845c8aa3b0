import { SCHOOL_KINDS } from '@sop-atlas/sop-model';
import { lazy, memo, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ChartFrame } from '../../../components/charts';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatNumber } from '../../../utils/format';
import { useSchoolsQuery } from '../../schools/hooks/useSchoolsQuery';
import { regionStrings as t } from '../strings.nl';
import { werkgebiedMarkers } from '../utils/chart-data';
import { type RegionSummary, summarizeRegion } from '../utils/region-summary';
import { PupilsPerWerkgebiedChart } from './PupilsPerWerkgebiedChart';
import { RegionInsights } from './RegionInsights';
import { SchoolsPerWerkgebiedChart } from './SchoolsPerWerkgebiedChart';

const WerkgebiedMap = lazy(() => import('./WerkgebiedMap'));

/** The SOP part has its own query: the answer of the schools query above must not render it again. */
const Insights = memo(RegionInsights);

function HeadlineFigures({ summary }: { readonly summary: RegionSummary }) {
  return (
    <dl className="figures" aria-label={t.figures.label}>
      <div className="figure">
        <dt>{t.figures.schools}</dt>
        <dd className="figure__value">
          <Link to="/scholen" className="figure__link">
            {formatNumber(summary.schools)}
            <span className="visually-hidden"> {t.figures.showSchools}</span>
          </Link>
        </dd>
        <dd className="figure__note">{t.figures.schoolsNote}</dd>
      </div>
      <div className="figure">
        <dt>{t.figures.pupils}</dt>
        <dd className="figure__value">{formatNumber(summary.pupils)}</dd>
        <dd className="figure__note">{t.figures.pupilsNote(summary.schoolsWithPupils, summary.schools)}</dd>
      </div>
      <div className="figure">
        <dt>{t.figures.kinds}</dt>
        <dd className="figure__value figure__value--small">
          {SCHOOL_KINDS.map((k) => (
            <span key={k.code} className="kind-count">
              <abbr title={k.label}>{k.code}</abbr>{' '}
              <Link to={`/scholen?soort=${k.code}`}>
                {formatNumber(summary.byKind[k.code])}
                <span className="visually-hidden"> {t.figures.showKind(k.label)}</span>
              </Link>
            </span>
          ))}
        </dd>
      </div>
      <div className="figure">
        <dt>{t.figures.demo}</dt>
        <dd className="figure__value">
          <Link to="/scholen?demo=demo" className="figure__link">
            {formatNumber(summary.demoSchools)}
            <span className="visually-hidden"> {t.figures.showDemo}</span>
          </Link>
        </dd>
        <dd className="figure__note">{t.figures.demoNote}</dd>
      </div>
    </dl>
  );
}

export function RegionOverview() {
  const query = useSchoolsQuery();
  const summary = useMemo(
    () => (query.status === 'success' ? summarizeRegion(query.data.schools) : null),
    [query.status, query.data],
  );
  const markers = useMemo(() => (summary ? werkgebiedMarkers(summary.werkgebieden) : []), [summary]);
  const mapTable = useMemo(
    () => ({
      columns: [
        { key: 'name', label: t.schoolsChart.index, numeric: false },
        { key: 'count', label: t.figures.schools, numeric: true },
      ],
      rows: markers.map((m, index) => ({ index, cells: [m.name, formatNumber(m.count)] })),
    }),
    [markers],
  );

  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {query.status === 'loading' ? (
        // keeps the space the figures, charts and map will take, so the sections below do not jump (CLS)
        <div className="overview-summary--loading">
          <LoadingState />
        </div>
      ) : null}
      {query.status === 'error' ? <ErrorState message={query.error.message} onRetry={query.refetch} /> : null}
      {summary && summary.schools === 0 ? <EmptyState>{t.empty}</EmptyState> : null}
      {summary && summary.schools > 0 ? (
        <>
          <HeadlineFigures summary={summary} />
          <div className="grid-2">
            <SchoolsPerWerkgebiedChart werkgebieden={summary.werkgebieden} />
            <PupilsPerWerkgebiedChart werkgebieden={summary.werkgebieden} />
          </div>
          <ChartFrame
            lazy
            title={t.map.title}
            description={t.map.description}
            unit={t.map.unit}
            status={markers.length === 0 ? { kind: 'empty', message: t.map.empty } : { kind: 'ready' }}
            table={mapTable}
            height={420}
          >
            {/* drawn (and Leaflet loaded) only when the map comes near the viewport; ChartFrame holds the Suspense */}
            <WerkgebiedMap markers={markers} />
          </ChartFrame>
        </>
      ) : null}
      <Insights />
    </section>
  );
}
