import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { type ChartCategory, ChartFrame, toChartTable } from '../../../components/charts';
import { HeatmapMatrix } from '../../../components/charts/HeatmapMatrix';
import { formatPercent } from '../../../utils/format';
import { type RegionOverviewData } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import { coverageMatrix, type CoverageRow, searchUrlFor } from '../utils/overview';

const t = regionStrings.insights;
const percent = (v: number) => formatPercent(v);

/** The share of schools with each item of one catalog kind, per werkgebied and for the region. */
export function CoverageHeatmap({
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
  const categories = useMemo(
    (): ChartCategory<CoverageRow>[] => [
      ...matrix.columns.map((c) => ({ key: c.key, label: c.label })),
      { key: 'regio', label: t.coverage.region },
    ],
    [matrix],
  );
  // the table view (hundreds of formatted cells) is built once per answer, not on every render of the page
  const table = useMemo(
    () =>
      toChartTable({
        data: matrix.rows,
        index: 'label',
        indexLabel: t.coverage.index,
        categories,
        valueFormatter: percent,
      }),
    [matrix, categories],
  );
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
      table={table}
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
