import { ExportLinks } from '../../exports/components/ExportLinks';
import { ReportSection } from '../../exports/components/ReportSection';
import { exportStrings } from '../../exports/strings.nl';
import {
  calendarYearOfSchoolYear,
  coverageExportUrl,
  fundingExportUrl,
} from '../../exports/utils/export-urls';
import {
  schoolYearFromStart,
  schoolYearOf,
  schoolYearStart,
  WERKGEBIED_CODES,
  WERKGEBIEDEN,
} from '@sop-atlas/sop-model';
import { useId, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { type ChartCategory, ChartFrame, toChartTable } from '../../../components/charts';
import { BarChart } from '../../../components/charts/BarChart';
import { HeatmapMatrix } from '../../../components/charts/HeatmapMatrix';
import { LineChart } from '../../../components/charts/LineChart';
import { ScatterChart } from '../../../components/charts/ScatterChart';
import { ErrorState, LoadingState } from '../../../components/states';
import { formatEuro, formatNumber, formatPercent } from '../../../utils/format';
import { useFundingScatterQuery } from '../hooks/useFundingScatterQuery';
import { type RegionOverviewData, useRegionOverviewQuery } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import {
  coverageMatrix,
  type CoverageRow,
  type FundingDatum,
  type FundingPoint,
  fundingData,
  fallbackNote,
  gapRows,
  itemLabel,
  outlierRows,
  searchUrlFor,
  searchUrlForBand,
  trendData,
  type TrendDatum,
  yearsWithData,
} from '../utils/overview';
import { schoolYearOptions } from '../../../utils/school-years';

const t = regionStrings.insights;
const percent = (v: number) => formatPercent(v);
const euro = (v: number) => formatEuro(v);

function Coverage({
  data,
  kind,
  title,
}: {
  readonly data: RegionOverviewData;
  readonly kind: string;
  readonly title: string;
}) {
  const navigate = useNavigate();
  const matrix = useMemo(() => coverageMatrix(data.items, [kind]), [data.items, kind]);
  const categories: ChartCategory<CoverageRow>[] = [
    ...matrix.columns.map((c) => ({ key: c.key, label: c.label })),
    { key: 'regio', label: t.coverage.region },
  ];
  const open = (row: CoverageRow, werkgebied: string | null) =>
    void navigate(searchUrlFor(row.kind, row.code, werkgebied));
  return (
    <ChartFrame
      lazy
      title={title}
      description={t.coverage.description}
      unit={t.coverage.unit}
      height="auto"
      status={
        data.schoolsWithSop === 0 || matrix.rows.length === 0
          ? { kind: 'empty', message: t.coverage.empty }
          : { kind: 'ready' }
      }
      table={toChartTable({
        data: matrix.rows,
        index: 'label',
        indexLabel: t.coverage.index,
        categories,
        valueFormatter: percent,
      })}
      onSelectRow={(i) => {
        const row = matrix.rows[i];
        if (row) open(row, null);
      }}
    >
      <HeatmapMatrix
        data={matrix.rows}
        index="label"
        indexLabel={t.coverage.index}
        categories={categories}
        valueFormatter={percent}
        domain={[0, 1]}
        caption={title}
        onSelect={(row, category) => open(row, category.key === 'regio' ? null : category.key)}
      />
    </ChartFrame>
  );
}

function Gaps({ data }: { readonly data: RegionOverviewData }) {
  const rows = gapRows(data.items, ['expertise', 'facility']);
  return (
    <section className="sop-section" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t.gaps.title}</h2>
      <p className="chart-frame__meta">{t.gaps.description}</p>
      {rows.length === 0 ? (
        <p>{t.gaps.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.gaps.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.gaps.item}</th>
                <th scope="col">{t.gaps.werkgebieden}</th>
                <th scope="col" className="num">
                  {t.gaps.pupils}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.key}>
                  <th scope="row">
                    {g.label}{' '}
                    <span className="muted">({t.kinds[g.kind as keyof typeof t.kinds] ?? g.kind})</span>
                  </th>
                  <td>
                    {g.werkgebieden.map((w, i) => (
                      <span key={w.code ?? w.name}>
                        {i > 0 ? ', ' : ''}
                        <Link to={searchUrlFor('', '', w.code)}>{w.name}</Link>
                      </span>
                    ))}
                  </td>
                  <td className="num">{formatNumber(g.pupilsInGaps)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const FUNDING_CATEGORIES: readonly ChartCategory<FundingDatum>[] = [
  { key: 'q1', label: t.funding.q1, color: 'teal' },
  { key: 'median', label: t.funding.median, color: 'blue' },
  { key: 'q3', label: t.funding.q3, color: 'purple' },
];

function Funding({ data }: { readonly data: RegionOverviewData }) {
  const navigate = useNavigate();
  const openBand = (datum: FundingDatum | undefined) => {
    if (datum) void navigate(searchUrlForBand(datum.group));
  };
  const rows = fundingData(data.funding.overall, data.funding.bySize, t.funding.all).filter(
    (d) => d.schools > 0,
  );
  const outliers = outlierRows(data.funding.overall, data.funding.bySize, t.funding.all);
  return (
    <div className="sop-section">
      <ChartFrame
        lazy
        title={t.funding.title}
        description={t.funding.description}
        unit={t.funding.unit}
        status={rows.length === 0 ? { kind: 'empty', message: t.funding.empty } : { kind: 'ready' }}
        table={toChartTable({
          data: rows,
          index: 'group',
          indexLabel: t.funding.index,
          categories: FUNDING_CATEGORIES,
          valueFormatter: euro,
        })}
        onSelectRow={(i) => openBand(rows[i])}
      >
        <BarChart
          data={rows}
          index="group"
          categories={FUNDING_CATEGORIES}
          valueFormatter={euro}
          onSelect={(datum) => openBand(datum)}
        />
      </ChartFrame>
      <h3 className="chart-frame__meta">{t.funding.outliers}</h3>
      {outliers.length === 0 ? (
        <p className="muted">{t.funding.noOutliers}</p>
      ) : (
        <ul className="offers">
          {outliers.map((o) => (
            <li key={o.id}>
              <Link to={`/scholen/${encodeURIComponent(o.id)}`}>{o.name}</Link>: {formatEuro(o.value)}{' '}
              <span className="muted">({t.funding.outlierGroup(o.group)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const SCATTER_CATEGORIES: readonly [ChartCategory<FundingPoint>, ChartCategory<FundingPoint>] = [
  { key: 'pupils', label: t.scatter.pupils },
  { key: 'perPupil', label: t.scatter.perPupil },
];

function FundingScatter() {
  const query = useFundingScatterQuery();
  const navigate = useNavigate();
  const points = query.status === 'success' ? query.data : [];
  const open = (point: FundingPoint | undefined) => {
    if (point) void navigate(`/scholen/${encodeURIComponent(point.id)}`);
  };
  return (
    <ChartFrame
      lazy
      title={t.scatter.title}
      description={t.scatter.description}
      unit={t.scatter.unit}
      status={
        query.status === 'loading'
          ? { kind: 'loading' }
          : query.status === 'error'
            ? { kind: 'error', message: query.error.message, onRetry: query.refetch }
            : points.length === 0
              ? { kind: 'empty', message: t.scatter.empty }
              : { kind: 'ready' }
      }
      table={{
        columns: [
          { key: 'name', label: t.scatter.index, numeric: false },
          { key: 'pupils', label: t.scatter.pupils, numeric: true },
          { key: 'perPupil', label: t.scatter.perPupil, numeric: true },
        ],
        rows: points.map((p, index) => ({
          index,
          cells: [p.name, formatNumber(p.pupils), formatEuro(p.perPupil)],
        })),
      }}
      onSelectRow={(i) => open(points[i])}
    >
      <ScatterChart
        data={points}
        index="name"
        categories={SCATTER_CATEGORIES}
        valueFormatter={euro}
        xFormatter={formatNumber}
        onSelect={(point) => open(point)}
      />
    </ChartFrame>
  );
}

function Trends({ data }: { readonly data: RegionOverviewData }) {
  const hgw = useMemo(() => trendData(data.trends, 'hgw'), [data.trends]);
  const hgwCategories: ChartCategory<TrendDatum>[] = hgw.series.map((s) => ({ key: s.key, label: s.label }));
  const pickId = useId();
  const options = data.trends.filter((tr) => tr.kind !== 'hgw');
  const [picked, setPicked] = useState(options[0] ? `${options[0].kind}:${options[0].code}` : '');
  const line = options.find((o) => `${o.kind}:${o.code}` === picked);
  const navigate = useNavigate();
  const openTrend = (schoolYear: string | undefined) => {
    if (line && schoolYear) void navigate(`${searchUrlFor(line.kind, line.code, null)}&jaar=${schoolYear}`);
  };
  const single = useMemo(() => (line ? trendData([line], line.kind) : null), [line]);
  const singleCategories: ChartCategory<TrendDatum>[] = single
    ? single.series.map((s) => ({ key: s.key, label: t.trend.series }))
    : [];
  return (
    <div className="grid-2">
      <ChartFrame
        lazy
        title={t.hgw.title}
        unit={t.hgw.unit}
        status={hgw.data.length === 0 ? { kind: 'empty', message: t.hgw.empty } : { kind: 'ready' }}
        table={toChartTable({
          data: hgw.data,
          index: 'schoolYear',
          indexLabel: t.hgw.index,
          categories: hgwCategories,
          valueFormatter: percent,
        })}
      >
        <LineChart data={hgw.data} index="schoolYear" categories={hgwCategories} valueFormatter={percent} />
      </ChartFrame>
      <div>
        <div className="field">
          <label htmlFor={pickId}>{t.trend.pick}</label>
          <select id={pickId} value={picked} onChange={(e) => setPicked(e.target.value)}>
            {options.map((o) => (
              <option key={`${o.kind}:${o.code}`} value={`${o.kind}:${o.code}`}>
                {t.kinds[o.kind as keyof typeof t.kinds] ?? o.kind}: {itemLabel(o.kind, o.code, o.label)}
              </option>
            ))}
          </select>
        </div>
        <ChartFrame
          lazy
          title={t.trend.title(single?.series[0]?.label ?? '')}
          unit={t.trend.unit}
          status={
            single === null || single.data.length === 0
              ? { kind: 'empty', message: t.hgw.empty }
              : { kind: 'ready' }
          }
          onSelectRow={(i) => openTrend(single?.data[i]?.schoolYear)}
          table={
            single
              ? toChartTable({
                  data: single.data,
                  index: 'schoolYear',
                  indexLabel: t.trend.index,
                  categories: singleCategories,
                  valueFormatter: percent,
                })
              : null
          }
        >
          {single ? (
            <LineChart
              data={single.data}
              index="schoolYear"
              categories={singleCategories}
              valueFormatter={percent}
              onSelect={(datum) => openTrend(datum.schoolYear)}
            />
          ) : null}
        </ChartFrame>
      </div>
    </div>
  );
}

function Figures({ data }: { readonly data: RegionOverviewData }) {
  const h = data.dataHealth;
  const items: readonly (readonly [string, number])[] = [
    [t.schools, data.schools],
    [t.withSop, data.schoolsWithSop],
    [t.withoutSop, h.withoutPublishedSop.count],
    [t.stale, h.staleSops.count],
    [t.warnings, h.unresolvedWarnings.count],
    [t.review(data.schoolYear), h.awaitingReview.count],
    // Only when the overview leaves schools out: never silently.
    ...(data.schoolsLeftOut > 0 ? [[t.leftOut, data.schoolsLeftOut] as const] : []),
  ];
  return (
    <>
      <dl className="figures" aria-label={t.figures}>
        {items.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd className="figure__value">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {h.withoutWerkgebied.count > 0 ? (
        <p className="state">
          {t.leftOutNote(h.withoutWerkgebied.count)}{' '}
          {h.withoutWerkgebied.schools.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ', ' : null}
              <Link to={`/scholen/${encodeURIComponent(s.id)}`}>{s.name}</Link>
              {s.detail ? ` (${s.detail})` : null}
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}

/** Funding per school of the calendar year whose 1 October count belongs to the school year shown. */
function FundingExport({ schoolYear }: { readonly schoolYear: string }) {
  const calendarYear = calendarYearOfSchoolYear(schoolYear);
  if (calendarYear === null) return null;
  return (
    <ExportLinks what={exportStrings.what.funding} url={(format) => fundingExportUrl(format, calendarYear)} />
  );
}

/** The SOP-based part of the Regio-overzicht (`regionOverview`): figures, coverage, gaps, funding, trends. */
export function RegionInsights() {
  const [params, setParams] = useSearchParams();
  const yearId = useId();
  const running = schoolYearOf(new Date());
  const coming = schoolYearFromStart(schoolYearStart(running) + 1);
  const wanted = params.get('jaar');
  // a year in the URL may be the coming one (its SOPs can be published before it starts); the options follow the data
  const explicit = wanted !== null && schoolYearOptions(new Date(), [coming]).includes(wanted);
  const year = explicit ? wanted : running;
  const gebied = WERKGEBIED_CODES.find((c) => c === params.get('gebied')) ?? null;
  const query = useRegionOverviewQuery(year, explicit, gebied);
  const dataYears = query.status === 'success' ? yearsWithData(query.data.trends) : [];
  const years = schoolYearOptions(new Date(), explicit ? [...dataYears, year] : dataYears);
  const note = query.status === 'success' ? fallbackNote(year, query.data.schoolYear) : null;
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <section className="insights" aria-labelledby={`${yearId}-title`}>
      <div className="profile__header">
        <h2 id={`${yearId}-title`}>{t.figures}</h2>
        <div className="field">
          <label htmlFor={yearId}>{t.year}</label>
          <select
            id={yearId}
            value={query.status === 'success' ? query.data.schoolYear : year}
            onChange={(e) => setParam('jaar', e.target.value)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${yearId}-gebied`}>{t.werkgebied}</label>
          <select
            id={`${yearId}-gebied`}
            value={gebied ?? ''}
            onChange={(e) => setParam('gebied', e.target.value)}
          >
            <option value="">{t.allWerkgebieden}</option>
            {WERKGEBIEDEN.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.status === 'loading' ? <LoadingState /> : null}
      {query.status === 'error' ? <ErrorState message={query.error.message} onRetry={query.refetch} /> : null}
      {query.status === 'success' ? (
        <>
          {note ? <p className="muted">{note}</p> : null}
          <Figures data={query.data} />
          <Coverage data={query.data} kind="expertise" title={t.coverage.expertiseTitle} />
          <Coverage data={query.data} kind="facility" title={t.coverage.facilityTitle} />
          <ExportLinks
            what={exportStrings.what.coverage}
            url={(format) => coverageExportUrl(format, query.data.schoolYear, gebied)}
          />
          <Gaps data={query.data} />
          <Funding data={query.data} />
          <FundingExport schoolYear={query.data.schoolYear} />
          <FundingScatter />
          <Trends data={query.data} />
          <ReportSection
            schoolYear={query.data.schoolYear}
            werkgebied={gebied}
            werkgebiedName={WERKGEBIEDEN.find((w) => w.code === gebied)?.name ?? null}
          />
        </>
      ) : null}
    </section>
  );
}
