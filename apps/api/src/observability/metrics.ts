import { timingSafeEqual } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type NextFunction, type Request, type Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { requestLog } from './request-log';

/** Distinct operation labels kept; beyond this (client-chosen GraphQL names) they count as `other`. */
const MAX_OPERATIONS = 200;
const OPERATION_LABEL = /^[\w ,.:/{}*-]{1,80}$/;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus metrics of one app (its own registry, so two apps in one process do not collide): requests and
 * latency per GraphQL operation and REST route, the database pool, report jobs per status, the job queue's depth
 * per queue and state, and Node's defaults.
 */
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<'operation' | 'status'>;
  private readonly duration: Histogram<'operation'>;

  constructor(@InjectDataSource() dataSource: DataSource, jobs: JobQueue) {
    collectDefaultMetrics({ register: this.registry, prefix: 'sop_atlas_' });
    this.requests = new Counter({
      name: 'sop_atlas_http_requests_total',
      help: 'HTTP requests per GraphQL operation or REST route and status',
      labelNames: ['operation', 'status'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'sop_atlas_http_request_duration_seconds',
      help: 'Duration of HTTP requests per GraphQL operation or REST route',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    new Gauge({
      name: 'sop_atlas_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting clients)',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
        if (pool === undefined) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'sop_atlas_report_jobs',
      help: 'Region report jobs by status (queued + running = queue depth)',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        try {
          const rows = await dataSource.query<{ status: string; n: number }[]>(
            `SELECT s.status, count(j.id)::int AS n
             FROM unnest(ARRAY['queued', 'running', 'done', 'failed']) AS s(status)
             LEFT JOIN report_job j ON j.status = s.status GROUP BY s.status`,
          );
          for (const row of rows) this.set({ status: row.status }, row.n);
        } catch {
          // database down: the scrape still answers (the readiness check reports the outage)
        }
      },
    });
    new Gauge({
      name: 'sop_atlas_job_queue_jobs',
      help: 'Background jobs (pg-boss) per queue and state; created + retry = waiting, active = running',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        try {
          for (const row of await jobs.depth()) this.set({ queue: row.queue, state: row.state }, row.count);
        } catch {
          // database down: as above
        }
      },
    });
  }

  /** Express middleware: counts every request when its response is done. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const operation = this.operationLabel(req);
      this.requests.inc({ operation, status: String(res.statusCode) });
      this.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };

  private operationLabel(req: Request): string {
    const routePath = (req.route as { path?: unknown } | undefined)?.path;
    const raw =
      requestLog(req).operation ?? (typeof routePath === 'string' ? `${req.method} ${routePath}` : 'static');
    if (!OPERATION_LABEL.test(raw)) return 'other';
    if (!this.operations.has(raw)) {
      if (this.operations.size >= MAX_OPERATIONS) return 'other';
      this.operations.add(raw);
    }
    return raw;
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }
}

/** Constant-time comparison of a bearer header with the metrics token. */
export function metricsAuthorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const given = Buffer.from(match?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
