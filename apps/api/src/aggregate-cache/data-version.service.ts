import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';

/** The one statement a cached answer costs: the committed data version (see migration DataVersion, ADR 0002). */
export const DATA_VERSION_SQL = 'SELECT version::text AS version FROM data_version WHERE id = 1';

/**
 * Reads the data version that the database bumps in the committing transaction of every change to the data the
 * aggregates read. At most once per request: the HTTP layer (ETag) and the resolvers of one request share it.
 * Reading it on every request (instead of trusting a notification) makes a change by another process or
 * connection visible at the next request, on every engine.
 */
@Injectable()
export class DataVersionService {
  private readonly perRequest = new WeakMap<object, Promise<bigint>>();
  private running: Promise<bigint> | null = null;
  private queued: Promise<bigint> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The committed version; with `req`, read once for that request. */
  current(req?: object | null): Promise<bigint> {
    if (req === undefined || req === null) return this.read();
    const known = this.perRequest.get(req);
    if (known !== undefined) return known;
    const reading = this.read();
    this.perRequest.set(req, reading);
    reading.catch(() => this.perRequest.delete(req));
    return reading;
  }

  /**
   * Concurrent requests share reads, but each one waits for a read that started after it arrived (a read already
   * running may predate a commit the caller has seen): while one runs, the callers that arrive wait for the next,
   * started for all of them when it ends. Under load that is one statement per round trip, not per request.
   */
  private read(): Promise<bigint> {
    if (this.running === null) return this.start();
    const running = this.running;
    this.queued ??= running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<bigint> {
    const reading = this.dataSource
      .query<{ version: string }[]>(DATA_VERSION_SQL)
      .then(([row]) => BigInt(row?.version ?? '0'))
      .finally(() => {
        if (this.running === reading) this.running = null;
      });
    this.running = reading;
    return reading;
  }
}
