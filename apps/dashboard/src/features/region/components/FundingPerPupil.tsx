import { Link, useNavigate } from 'react-router-dom';
import { type ChartCategory, ChartFrame, toChartTable } from '../../../components/charts';
import { BoxPlotChart } from '../../../components/charts/lazy';
import { sharedStrings } from '../../../components/strings.nl';
import { formatEuro } from '../../../utils/format';
import { type RegionOverviewData } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import { type FundingDatum, fundingData, outlierRows, searchUrlForBand } from '../utils/overview';

const t = regionStrings.insights;
const euro = (v: number) => formatEuro(v);

/** The table view: the five figures of each box, low to high, in the chart's order of groups. */
const FUNDING_CATEGORIES: readonly ChartCategory<FundingDatum>[] = [
  { key: 'min', label: sharedStrings.boxPlot.min },
  { key: 'q1', label: sharedStrings.boxPlot.q1 },
  { key: 'median', label: sharedStrings.boxPlot.median },
  { key: 'q3', label: sharedStrings.boxPlot.q3 },
  { key: 'max', label: sharedStrings.boxPlot.max },
];

export function FundingPerPupil({ data }: { readonly data: RegionOverviewData }) {
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
        <BoxPlotChart data={rows} index="group" valueFormatter={euro} onSelect={(datum) => openBand(datum)} />
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
