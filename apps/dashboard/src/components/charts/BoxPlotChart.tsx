import { Bar, BarChart as RechartsBarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { sharedStrings as t } from '../strings.nl';
import { boxGeometry, type BoxStats } from './box-plot';
import { CHART_CHROME, type ChartColor, colorValue } from './palette';
import { AXIS_TICK, selectHandler, formatUnknown } from './shared';
import type { LabelKey, ValueFormatter } from './types';

export interface BoxPlotChartProps<T extends BoxStats> {
  /** One box per datum, in the order given (the caller orders the groups). */
  readonly data: readonly T[];
  /** Key of the label of each box (group). */
  readonly index: LabelKey<T>;
  readonly valueFormatter?: ValueFormatter;
  readonly color?: ChartColor;
  /** Click-through to the datum behind a box. */
  readonly onSelect?: (datum: T, index: number) => void;
}

interface ShapeProps {
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly index?: number;
}

/**
 * Box plots (whiskers from min to max, a box from Q1 to Q3, a line at the median), one per group, as the PDF report
 * draws them. Recharts draws an invisible bar from 0 to max per group; its shape draws the box on that bar's scale.
 */
export function BoxPlotChart<T extends BoxStats>(props: BoxPlotChartProps<T>) {
  const { data, index, valueFormatter, color = 'blue', onSelect } = props;
  const stroke = colorValue(color);
  const format = (v: unknown) => formatUnknown(v, valueFormatter);
  const shape = (raw: unknown) => {
    const p = raw as ShapeProps;
    const datum = p.index === undefined ? undefined : data[p.index];
    const box = datum ? boxGeometry(datum, p.y ?? 0, p.height ?? 0) : null;
    if (!box || p.x === undefined || p.width === undefined) return <g />;
    const mid = p.x + p.width / 2;
    const half = Math.min(p.width / 2, 28);
    return (
      <g className="box-plot__box" cursor={onSelect ? 'pointer' : undefined}>
        <line x1={mid} x2={mid} y1={box.max} y2={box.q3} stroke={stroke} strokeWidth={1.5} />
        <line x1={mid} x2={mid} y1={box.q1} y2={box.min} stroke={stroke} strokeWidth={1.5} />
        <line
          x1={mid - half / 2}
          x2={mid + half / 2}
          y1={box.max}
          y2={box.max}
          stroke={stroke}
          strokeWidth={1.5}
        />
        <line
          x1={mid - half / 2}
          x2={mid + half / 2}
          y1={box.min}
          y2={box.min}
          stroke={stroke}
          strokeWidth={1.5}
        />
        <rect
          x={mid - half}
          y={box.q3}
          width={half * 2}
          height={Math.max(box.q1 - box.q3, 1)}
          fill={stroke}
          fillOpacity={0.15}
          stroke={stroke}
          strokeWidth={1.5}
        />
        <line
          className="box-plot__median"
          x1={mid - half}
          x2={mid + half}
          y1={box.median}
          y2={box.median}
          stroke={stroke}
          strokeWidth={3}
        />
      </g>
    );
  };
  return (
    <RechartsBarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={data}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      onClick={selectHandler(data, onSelect)}
    >
      <CartesianGrid stroke={CHART_CHROME.grid} vertical={false} />
      <XAxis type="category" dataKey={index as string} tick={AXIS_TICK} interval={0} />
      <YAxis
        type="number"
        domain={[0, 'auto']}
        tick={AXIS_TICK}
        tickFormatter={format}
        allowDecimals={false}
      />
      <Tooltip
        cursor={{ fill: CHART_CHROME.grid, fillOpacity: 0.4 }}
        content={({ active, payload, label }) => {
          const datum = active ? (payload?.[0]?.payload as T | undefined) : undefined;
          if (!datum) return null;
          return (
            <div className="chart-tooltip">
              <strong>{String(label)}</strong>
              <dl>
                {(['max', 'q3', 'median', 'q1', 'min'] as const).map((key) => (
                  <div key={key}>
                    <dt>{t.boxPlot[key]}</dt>
                    <dd>{format(datum[key])}</dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        }}
      />
      <Bar dataKey="max" name={t.boxPlot.max} shape={shape} isAnimationActive={false} fill="transparent" />
    </RechartsBarChart>
  );
}
