import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type ChartCategory, ChartFrame, toChartTable } from '../../../components/charts';
import { LineChart } from '../../../components/charts/lazy';
import { formatPercent } from '../../../utils/format';
import { type RegionOverviewData } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import { itemLabel, searchUrlFor, trendData, type TrendDatum } from '../utils/overview';

const t = regionStrings.insights;
const percent = (v: number) => formatPercent(v);

export function CoverageTrends({ data }: { readonly data: RegionOverviewData }) {
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
