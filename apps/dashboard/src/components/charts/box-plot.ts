/** Pure geometry of a vertical box plot (min, Q1, median, Q3, max) on a value axis that starts at 0. */

export interface BoxStats {
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
}

export interface BoxGeometry {
  /** Pixel heights (y grows downwards), each null when its value is unknown. */
  readonly max: number;
  readonly q3: number;
  readonly median: number;
  readonly q1: number;
  readonly min: number;
}

/**
 * Where the parts of one box go, given the bar Recharts drew from 0 to `max` (`top` = y of max, `height` = its
 * length): y of a value v is `top + height × (1 − v / max)`. Null when a figure is missing or the range is empty.
 */
export function boxGeometry(stats: BoxStats, top: number, height: number): BoxGeometry | null {
  const { min, q1, median, q3, max } = stats;
  if (min === null || q1 === null || median === null || q3 === null || max === null) return null;
  if (!(max > 0) || !(height >= 0)) return null;
  const y = (v: number) => top + height * (1 - v / max);
  return { max: y(max), q3: y(q3), median: y(median), q1: y(q1), min: y(min) };
}
