import { ChartFrame, type ChartCategory, toChartTable } from '../../../components/charts';
import { LineChart } from '../../../components/charts/LineChart';
import { formatNumber } from '../../../utils/format';
import { schoolStrings as t } from '../strings.nl';
import type { PupilDatum } from '../utils/profile';

const CATEGORIES: readonly ChartCategory<PupilDatum>[] = [
  { key: 'pupils', label: t.pupilChart.series, color: 'blue' },
];

export function PupilChart({ data }: { readonly data: readonly PupilDatum[] }) {
  return (
    <ChartFrame
      title={t.pupilChart.title}
      unit={t.pupilChart.unit}
      height={240}
      status={data.length === 0 ? { kind: 'empty', message: t.pupilChart.empty } : { kind: 'ready' }}
      table={toChartTable({
        data,
        index: 'date',
        indexLabel: t.pupilChart.index,
        categories: CATEGORIES,
        valueFormatter: formatNumber,
      })}
    >
      <LineChart data={data} index="date" categories={CATEGORIES} valueFormatter={formatNumber} />
    </ChartFrame>
  );
}
