import { useMemo } from 'react';
import { BarChart } from '../../../components/charts/lazy';
import { ChartFrame, hasNoValues, toChartTable, type ChartCategory } from '../../../components/charts';
import { regionStrings as t } from '../strings.nl';
import { pupilsPerWerkgebied, type WerkgebiedPupilsDatum } from '../utils/chart-data';
import type { WerkgebiedCount } from '../utils/region-summary';

const CATEGORIES: readonly ChartCategory<WerkgebiedPupilsDatum>[] = [
  { key: 'pupils', label: t.pupilsChart.series, color: 'teal' },
];

export function PupilsPerWerkgebiedChart({
  werkgebieden,
}: {
  readonly werkgebieden: readonly WerkgebiedCount[];
}) {
  const data = useMemo(() => pupilsPerWerkgebied(werkgebieden), [werkgebieden]);
  const table = useMemo(
    () => toChartTable({ data, index: 'name', indexLabel: t.pupilsChart.index, categories: CATEGORIES }),
    [data],
  );
  const empty = hasNoValues(data, CATEGORIES);
  return (
    <ChartFrame
      lazy
      title={t.pupilsChart.title}
      description={t.pupilsChart.description}
      unit={t.pupilsChart.unit}
      status={empty ? { kind: 'empty', message: t.pupilsChart.empty } : { kind: 'ready' }}
      table={table}
      height={420}
    >
      <BarChart data={data} index="name" categories={CATEGORIES} layout="vertical" />
    </ChartFrame>
  );
}
