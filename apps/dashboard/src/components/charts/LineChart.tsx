import { CartesianGrid, Legend, Line, LineChart as RechartsLineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_CHROME, seriesColor } from './palette';
import { AXIS_TICK, selectHandler, formatUnknown } from './shared';
import type { ChartCategory, LabelKey, ValueFormatter } from './types';

export interface LineChartProps<T> {
  readonly data: readonly T[];
  /** Key of the x value of each point (e.g. a school year). */
  readonly index: LabelKey<T>;
  readonly categories: readonly ChartCategory<T>[];
  readonly valueFormatter?: ValueFormatter;
  readonly onSelect?: (datum: T, index: number) => void;
}

export function LineChart<T>({ data, index, categories, valueFormatter, onSelect }: LineChartProps<T>) {
  return (
    <RechartsLineChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={data}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      onClick={selectHandler(data, onSelect)}
    >
      <CartesianGrid stroke={CHART_CHROME.grid} vertical={false} />
      <XAxis dataKey={index as string} tick={AXIS_TICK} />
      <YAxis tick={AXIS_TICK} tickFormatter={(v: unknown) => formatUnknown(v, valueFormatter)} />
      <Tooltip formatter={(value) => formatUnknown(value, valueFormatter)} />
      {categories.length > 1 ? <Legend /> : null}
      {categories.map((category, i) => (
        <Line
          key={category.key}
          type="monotone"
          dataKey={category.key as string}
          name={category.label}
          stroke={seriesColor(i, category.color)}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </RechartsLineChart>
  );
}
