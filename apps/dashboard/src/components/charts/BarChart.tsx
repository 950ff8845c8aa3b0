import { Bar, BarChart as RechartsBarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_CHROME, seriesColor } from './palette';
import { AXIS_TICK, selectHandler, formatUnknown } from './shared';
import type { ChartCategory, LabelKey, ValueFormatter } from './types';

export interface BarChartProps<T> {
  readonly data: readonly T[];
  /** Key of the label of each bar (group). */
  readonly index: LabelKey<T>;
  readonly categories: readonly ChartCategory<T>[];
  readonly valueFormatter?: ValueFormatter;
  /** Click-through to the datum behind a bar. */
  readonly onSelect?: (datum: T, index: number) => void;
  /** `vertical` draws horizontal bars (long labels such as werkgebied names read better). */
  readonly layout?: 'horizontal' | 'vertical';
  readonly stacked?: boolean;
  /** Width reserved for category labels in the vertical layout. */
  readonly labelWidth?: number;
}

export function BarChart<T>(props: BarChartProps<T>) {
  const { data, index, categories, valueFormatter, onSelect, layout = 'horizontal', stacked = false } = props;
  const vertical = layout === 'vertical';
  const tickFormatter = (value: unknown) => formatUnknown(value, valueFormatter);
  return (
    <RechartsBarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={data}
      layout={vertical ? 'vertical' : 'horizontal'}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      onClick={selectHandler(data, onSelect)}
    >
      <CartesianGrid stroke={CHART_CHROME.grid} vertical={!vertical} horizontal={vertical ? false : true} />
      {vertical ? (
        <>
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={tickFormatter} allowDecimals={false} />
          <YAxis
            type="category"
            dataKey={index as string}
            tick={AXIS_TICK}
            width={props.labelWidth ?? 150}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey={index as string} tick={AXIS_TICK} interval={0} />
          <YAxis type="number" tick={AXIS_TICK} tickFormatter={tickFormatter} allowDecimals={false} />
        </>
      )}
      <Tooltip formatter={(value) => formatUnknown(value, valueFormatter)} />
      {categories.length > 1 ? <Legend /> : null}
      {categories.map((category, i) => (
        <Bar
          key={category.key}
          dataKey={category.key as string}
          name={category.label}
          fill={seriesColor(i, category.color)}
          stackId={stacked ? 'stack' : undefined}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
        />
      ))}
    </RechartsBarChart>
  );
}
