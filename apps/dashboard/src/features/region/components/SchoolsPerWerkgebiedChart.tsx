import { SCHOOL_KINDS } from '@sop-atlas/sop-model';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { BarChart } from '../../../components/charts/lazy';
import { ChartFrame, toChartTable, type ChartCategory } from '../../../components/charts';
import { regionStrings as t } from '../strings.nl';
import { schoolsPerWerkgebied, type WerkgebiedKindDatum } from '../utils/chart-data';
import type { WerkgebiedCount } from '../utils/region-summary';

const CATEGORIES: readonly ChartCategory<WerkgebiedKindDatum>[] = SCHOOL_KINDS.map((kind, i) => ({
  key: kind.code,
  label: `${kind.label} (${kind.code})`,
  color: (['blue', 'orange', 'green'] as const)[i] ?? 'grey',
}));

export function SchoolsPerWerkgebiedChart({
  werkgebieden,
}: {
  readonly werkgebieden: readonly WerkgebiedCount[];
}) {
  const navigate = useNavigate();
  const data = useMemo(() => schoolsPerWerkgebied(werkgebieden), [werkgebieden]);
  const table = useMemo(
    () => toChartTable({ data, index: 'name', indexLabel: t.schoolsChart.index, categories: CATEGORIES }),
    [data],
  );
  const open = (index: number) => {
    const datum = data[index];
    if (datum) void navigate(`/scholen?werkgebied=${encodeURIComponent(datum.code)}`);
  };
  return (
    <ChartFrame
      lazy
      title={t.schoolsChart.title}
      description={t.schoolsChart.description}
      unit={t.schoolsChart.unit}
      status={data.every((d) => d.BAO + d.SBO + d.SO === 0) ? { kind: 'empty' } : { kind: 'ready' }}
      table={table}
      onSelectRow={open}
      height={420}
    >
      <BarChart
        data={data}
        index="name"
        categories={CATEGORIES}
        layout="vertical"
        stacked
        onSelect={(_datum, index) => open(index)}
      />
    </ChartFrame>
  );
}
