import {
  CartesianGrid,
  Scatter,
  ScatterChart as RechartsScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_CHROME, type ChartColor, seriesColor } from './palette';
import { AXIS_TICK, clickedIndex, formatUnknown } from './shared';
import type { ChartCategory, LabelKey, ValueFormatter } from './types';

export interface ScatterChartProps<T> {
  readonly data: readonly T[];
  /** Key of each point's label (e.g. the school name), shown in the tooltip. */
  readonly index: LabelKey<T>;
  /** Exactly two categories: x first, y second. */
  readonly categories: readonly [ChartCategory<T>, ChartCategory<T>];
  readonly valueFormatter?: ValueFormatter;
  /** Formatter for the x axis when it differs from the y axis. */
  readonly xFormatter?: ValueFormatter;
  readonly onSelect?: (datum: T, index: number) => void;
  readonly color?: ChartColor;
}

export function ScatterChart<T>(props: ScatterChartProps<T>) {
  const { data, index, categories, valueFormatter, xFormatter, onSelect, color } = props;
  const [x, y] = categories;
  return (
    <RechartsScatterChart
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={CHART_CHROME.grid} />
      <XAxis
        type="number"
        dataKey={x.key as string}
        name={x.label}
        tick={AXIS_TICK}
        tickFormatter={(v: unknown) => formatUnknown(v, xFormatter ?? valueFormatter)}
      />
      <YAxis
        type="number"
        dataKey={y.key as string}
        name={y.label}
        tick={AXIS_TICK}
        tickFormatter={(v: unknown) => formatUnknown(v, valueFormatter)}
      />
      <Tooltip
        formatter={(value, name) =>
          formatUnknown(value, name === x.label ? (xFormatter ?? valueFormatter) : valueFormatter)
        }
        labelFormatter={(_label, payload) => {
          const first: unknown = payload[0]?.payload;
          return typeof first === 'object' && first !== null ? String((first as T)[index]) : '';
        }}
      />
      <Scatter
        data={data}
        fill={seriesColor(0, color)}
        isAnimationActive={false}
        cursor={onSelect ? 'pointer' : undefined}
        onClick={
          onSelect
            ? (_point, i) => {
                const at = clickedIndex(i, data.length);
                const datum = at === null ? undefined : data[at];
                if (at !== null && datum !== undefined) onSelect(datum, at);
              }
            : undefined
        }
      />
    </RechartsScatterChart>
  );
}
