/** The order of a heatmap's rows: by one column (its key), ascending or descending. */
export interface SortState {
  readonly key: string;
  readonly direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('nl-NL', { numeric: true, sensitivity: 'base' });
const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/**
 * Rows sorted by `sort` (a stable sort; unknown values last in either direction); the rows as given without one.
 * Numbers compare as numbers, anything else as Dutch text.
 */
export function sortRows<T>(rows: readonly T[], index: keyof T, sort: SortState | null): readonly T[] {
  if (sort === null) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  const valueOf = (row: T): unknown => (sort.key === index ? row[index] : row[sort.key as keyof T]);
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    const xKnown = x !== null && x !== undefined && !(typeof x === 'number' && !Number.isFinite(x));
    const yKnown = y !== null && y !== undefined && !(typeof y === 'number' && !Number.isFinite(y));
    if (!xKnown || !yKnown) return xKnown === yKnown ? 0 : xKnown ? -1 : 1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator.compare(text(x), text(y));
  });
}
