import { ChartFrame, toChartTable } from '../../../components/charts';
import { HeatmapMatrix } from '../../../components/charts/HeatmapMatrix';
import { MISSING } from '../../../utils/format';
import type { CompareMatrix } from '../utils/compare-matrix';

export interface SopMatrixText {
  readonly title: string;
  readonly description: string;
  readonly unit: string;
  readonly index: string;
  /** Label of each score (index = score). */
  readonly values: readonly string[];
}

/** A domain chart: it only renders a `compareMatrix` result with the heatmap primitive inside the frame. */
export function SopMatrix({
  matrix,
  text,
}: {
  readonly matrix: CompareMatrix;
  readonly text: SopMatrixText;
}) {
  const categories = matrix.columns.map((c) => ({ key: c.key, label: c.label }));
  const valueFormatter = (value: number) => `${value} · ${text.values[value] ?? MISSING}`;
  return (
    <ChartFrame
      title={text.title}
      description={text.description}
      unit={text.unit}
      status={matrix.columns.length === 0 ? { kind: 'empty' } : { kind: 'ready' }}
      table={toChartTable({
        data: matrix.rows,
        index: 'label',
        indexLabel: text.index,
        categories,
        valueFormatter,
      })}
      height="auto"
    >
      <HeatmapMatrix
        data={matrix.rows}
        index="label"
        indexLabel={text.index}
        categories={categories}
        valueFormatter={valueFormatter}
        domain={[0, text.values.length - 1]}
        caption={text.title}
      />
    </ChartFrame>
  );
}
