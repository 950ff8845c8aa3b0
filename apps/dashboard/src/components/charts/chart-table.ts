import { formatNumber, MISSING } from '../../utils/format';
import type { ChartCategory, ChartTable, LabelKey, ValueFormatter } from './types';

export interface ChartTableInput<T> {
  readonly data: readonly T[];
  readonly index: LabelKey<T>;
  readonly indexLabel: string;
  readonly categories: readonly ChartCategory<T>[];
  readonly valueFormatter?: ValueFormatter;
}

/** The table alternative of a data-shaped chart: one row per datum, one column per category. */
export function toChartTable<T>(input: ChartTableInput<T>): ChartTable {
  const format = input.valueFormatter ?? formatNumber;
  return {
    columns: [
      { key: input.index, label: input.indexLabel, numeric: false },
      ...input.categories.map((c) => ({ key: c.key, label: c.label, numeric: true })),
    ],
    rows: input.data.map((datum, index) => ({
      index,
      cells: [
        String(datum[input.index]),
        ...input.categories.map((c) => {
          const value = datum[c.key];
          return typeof value === 'number' && Number.isFinite(value) ? format(value) : MISSING;
        }),
      ],
    })),
  };
}

/** Min and max over the numeric values of the given categories; null when there is none. */
export function valueExtent<T>(
  data: readonly T[],
  categories: readonly Pick<ChartCategory<T>, 'key'>[],
): readonly [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const datum of data) {
    for (const c of categories) {
      const value = datum[c.key];
      if (typeof value === 'number' && Number.isFinite(value)) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
  }
  return min === Infinity ? null : [min, max];
}

/** Bucket of `value` in `steps` equal bands over `[min, max]` (0-based); a flat extent maps non-zero to the top. */
export function bucketOf(value: number, extent: readonly [number, number], steps: number): number {
  const [min, max] = extent;
  if (steps <= 1) return 0;
  if (max === min) return value === 0 ? 0 : steps - 1;
  const position = (value - min) / (max - min);
  return Math.min(steps - 1, Math.max(0, Math.floor(position * steps)));
}

/** True when no category of any datum holds a number (the frame then shows its empty state). */
export function hasNoValues<T>(
  data: readonly T[],
  categories: readonly Pick<ChartCategory<T>, 'key'>[],
): boolean {
  return valueExtent(data, categories) === null;
}
