import DataLoader from 'dataloader';

/**
 * A batch function owned by a singleton provider (one per relation). It receives distinct keys and returns one
 * value per key, in key order.
 */
export interface BatchLoader<K, V> {
  loadMany(keys: readonly K[]): Promise<V[]>;
}

/**
 * The loaders of one GraphQL request, created lazily from singleton `BatchLoader`s: the cache lives exactly as
 * long as the request, without request-scoped providers. Built in the GraphQL context (`ctx.loaders`).
 */
export class RequestLoaders {
  private readonly loaders = new Map<BatchLoader<unknown, unknown>, DataLoader<unknown, unknown>>();

  for<K, V>(batch: BatchLoader<K, V>): DataLoader<K, V> {
    const existing = this.loaders.get(batch);
    if (existing) return existing as DataLoader<K, V>;
    const created = new DataLoader<K, V>((keys) => batch.loadMany(keys));
    this.loaders.set(batch, created);
    return created;
  }
}

/** Orders `rows` by `keys`: one value per key (`fallback` where none matches). */
export function byKey<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  value: (row: R) => V,
  fallback: V,
): V[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), value(row));
  return keys.map((key) => (found.has(key) ? (found.get(key) as V) : fallback));
}

/** Groups `rows` by `keys`, keeping the rows' order within each group. */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
