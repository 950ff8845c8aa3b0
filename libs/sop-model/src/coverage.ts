/** Pure coverage figures ("dekkend aanbod"): shares and gaps, for tests and client-side transforms. */

export interface CoverageCount {
  readonly schools: number;
  readonly withItem: number;
}

/** Share 0..1 of schools with the item; null when there are no schools. */
export function coverageShare({ schools, withItem }: CoverageCount): number | null {
  if (schools <= 0) return null;
  return Math.round((withItem / schools) * 10_000) / 10_000;
}

/** A werkgebied has a gap for an item when fewer than `minimumSchools` of its schools offer it. */
export function isCoverageGap({ withItem }: CoverageCount, minimumSchools = 1): boolean {
  return withItem < minimumSchools;
}

/** Quartiles by linear interpolation (the same method as PostgreSQL's percentile_cont). */
export function percentileCont(sortedValues: readonly number[], fraction: number): number | null {
  if (sortedValues.length === 0) return null;
  if (fraction < 0 || fraction > 1) throw new RangeError('fraction moet tussen 0 en 1 liggen');
  const position = (sortedValues.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sortedValues[lower] as number;
  const high = sortedValues[upper] as number;
  return low + (high - low) * (position - lower);
}
