import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataVersionService } from './data-version.service';

/** Answers kept for the current data version: scopes × school years × visibilities in use, not more. */
export const AGGREGATE_CACHE_ENTRIES = 256;

/**
 * Computed answers (region overview, compare shares, funding figures) kept in the process for the current data
 * version. A request costs one version check; a new version empties the cache, so no answer outlives the change
 * that makes it stale. Concurrent misses of one key share one computation.
 *
 * The version is read before computing: a change committed during the computation bumps the version, so the next
 * request recomputes (an answer may be newer than its version, never older).
 */
@Injectable()
export class AggregateCache {
  private version = -1n;
  private readonly entries = new LRUCache<string, Promise<unknown>>({ max: AGGREGATE_CACHE_ENTRIES });
  private counts = { hits: 0, misses: 0 };

  constructor(private readonly versions: DataVersionService) {}

  /**
   * The answer for `key` at the current data version, computed at most once per version. `key` names everything
   * the answer depends on besides the data (operation, school year, werkgebied, visibility, …).
   */
  async get<T>(key: string, compute: () => Promise<T>, req?: object | null): Promise<T> {
    const version = await this.versions.current(req);
    if (version > this.version) {
      this.entries.clear();
      this.version = version;
    } else if (version < this.version) {
      // A request that read the version before a newer one was seen: answer it, keep nothing.
      this.counts.misses += 1;
      return compute();
    }
    const known = this.entries.get(key) as Promise<T> | undefined;
    if (known !== undefined) {
      this.counts.hits += 1;
      return known;
    }
    this.counts.misses += 1;
    const computing = compute();
    this.entries.set(key, computing);
    computing.catch(() => {
      if (this.entries.get(key) === computing) this.entries.delete(key);
    });
    return computing;
  }

  /** Hits and misses since start (tests, metrics). */
  stats(): { hits: number; misses: number; entries: number; version: bigint } {
    return { ...this.counts, entries: this.entries.size, version: this.version };
  }
}
