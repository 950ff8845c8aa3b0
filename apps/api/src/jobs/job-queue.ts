import os from 'node:os';
import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { type Pool } from 'pg';
import { type DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JOB_QUEUES, JOB_RETRY_LIMIT, JOB_SCHEMA, type JobQueueName } from './job-queue.names';

/** What a job handler gets: the job's id and the data it was queued with. */
export interface QueuedJob {
  id: string;
  data: Record<string, unknown>;
}

export type JobHandler = (job: QueuedJob) => Promise<void>;

/** Longest wait for running jobs at shutdown before their connections close (they are retried elsewhere). */
const SHUTDOWN_GRACE_MS = 8_000;

/**
 * The job queue of every API process: pg-boss on the app's own database and pool, so jobs live in PostgreSQL and
 * any replica may run any job. Capabilities register a handler per queue in `onModuleInit`; the queue starts after
 * every module is ready and stops (waiting for running jobs) before the pool closes. A process killed in the middle
 * of a job leaves it `active`; pg-boss's maintenance (in every replica) retries it once it has been active longer than
 * `JOB_EXPIRE_SECONDS`. Handlers must therefore be safe to run twice (each records its outcome in one transaction
 * and skips work that is already done).
 *
 * pg-boss's own schema is created by the migrations, not by pg-boss (`migrate: false`): the app runs with
 * "migrations only" and pg-boss only checks the schema version at start.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<JobQueueName, JobHandler>();
  private boss: PgBoss | null = null;
  /** Names this process in job rows (`host:pid`), so one can tell which replica ran a job. */
  readonly workerName = `${os.hostname()}:${process.pid}`;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Called by a capability in `onModuleInit`: this process runs jobs of `queue` with `handler`. */
  register(queue: JobQueueName, handler: JobHandler): void {
    if (this.handlers.has(queue)) throw new Error(`queue '${queue}' heeft al een verwerker`);
    this.handlers.set(queue, handler);
  }

  /** Queues a job; it runs in whichever replica (this one included) fetches it first. Returns its id. */
  async send(queue: JobQueueName, data: Record<string, unknown>): Promise<string> {
    const id = await this.started().send(queue, data, {
      retryLimit: JOB_RETRY_LIMIT - 1,
      retryDelay: 2,
      expireInSeconds: this.config.jobExpireSeconds,
    });
    if (id === null) throw new Error(`job niet in de wachtrij '${queue}' gezet`);
    return id;
  }

  /**
   * Queues many jobs in one statement; with `manager`, inside that transaction (the jobs exist exactly when the rows
   * they work on were committed).
   */
  async sendMany(
    queue: JobQueueName,
    data: readonly Record<string, unknown>[],
    manager?: EntityManager,
  ): Promise<void> {
    if (data.length === 0) return;
    const runner = manager?.queryRunner;
    await this.started().insert(
      data.map((d) => ({
        name: queue,
        data: d,
        retryLimit: JOB_RETRY_LIMIT - 1,
        retryDelay: 2,
        expireInSeconds: this.config.jobExpireSeconds,
      })),
      runner === undefined
        ? {}
        : {
            db: {
              executeSql: async (text: string, values: unknown[]) => ({
                rows: (await runner.query(text, values, true)).records,
              }),
            },
          },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // pg-boss runs its SQL on the app's pool (no second pool; the embedded database accepts few connections).
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: JOB_SCHEMA,
      migrate: false,
      supervise: true,
      schedule: false,
      maintenanceIntervalSeconds: this.config.jobMaintenanceSeconds,
    });
    boss.on('error', (error: Error) => this.logger.warn(`wachtrij: ${error.message}`));
    await boss.start();
    this.boss = boss;
    if (this.config.jobWorkers === 0) return;
    for (const queue of JOB_QUEUES) {
      const handler = this.handlers.get(queue);
      if (handler === undefined) continue;
      for (let i = 0; i < this.config.jobWorkers; i += 1) {
        await boss.work<Record<string, unknown>>(
          queue,
          { batchSize: 1, pollingIntervalSeconds: this.config.jobPollSeconds },
          async (jobs) => {
            for (const job of jobs) await handler({ id: job.id, data: job.data });
          },
        );
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss === null) return;
    // Waits for running jobs (up to the grace period); jobs still running then are failed and retried elsewhere.
    await boss.stop({ graceful: true, wait: true, timeout: SHUTDOWN_GRACE_MS }).catch((error: unknown) => {
      this.logger.warn(`wachtrij stoppen: ${String(error)}`);
    });
  }

  /** Jobs per queue and state (`created`, `retry`, `active`, …) right now: the queue depth in `/metrics`. */
  async depth(): Promise<{ queue: string; state: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT q.name AS queue, s.state::text AS state, count(j.id)::int AS count
       FROM ${JOB_SCHEMA}.queue q
       CROSS JOIN unnest(enum_range(NULL::${JOB_SCHEMA}.job_state)) AS s(state)
       LEFT JOIN ${JOB_SCHEMA}.job j ON j.name = q.name AND j.state = s.state
       WHERE q.name NOT LIKE '\\_\\_pgboss%'
       GROUP BY q.name, s.state ORDER BY q.name, s.state`,
    );
  }

  private started(): PgBoss {
    if (this.boss === null) throw new Error('de wachtrij is (nog) niet gestart');
    return this.boss;
  }
}
