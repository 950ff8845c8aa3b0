import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { JobKey, NO_JOB_KEY_MESSAGE } from './job-key';

/** How often a process shows the database it still holds its key (keys unseen for a day are pruned). */
const KEY_ALIVE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The credentials of batch jobs (ADR 0011). A job acts as the staff member who started its batch: the request that
 * stores the batch has the database issue a job credential for it (`sop_atlas_issue_job_credential`), and the job
 * presents `job:<batchId>:<worker key>`, which only this process and its fellow replicas can form.
 */
@Injectable()
export class JobCredentials implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly key: JobKey,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.usable())) this.logger.warn(`Let op: ${NO_JOB_KEY_MESSAGE}.`);
    this.timer = setInterval(() => void this.usable(), KEY_ALIVE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Whether this process holds a worker key at all (a process without one leaves batch jobs to others). */
  get hasKey(): boolean {
    return this.key.value !== null;
  }

  /**
   * Whether this process's batch jobs can act: the database knows its worker key (it also notes the key as alive).
   * False without a key, with a JOB_TOKEN the owner did not register, or when the database cannot be asked.
   */
  async usable(): Promise<boolean> {
    if (this.key.value === null) return false;
    try {
      const [row] = await this.dataSource.query<{ alive: boolean }[]>(
        `SELECT sop_atlas_job_key_alive($1) AS alive`,
        [this.key.value],
      );
      return row?.alive === true;
    } catch (error) {
      this.logger.warn(`sleutel voor achtergrondtaken niet te controleren: ${String(error)}`);
      return false;
    }
  }

  /** The credential a job of `batchId` hands to the database (`sop_atlas.credential`). */
  credentialFor(batchId: string): string {
    return this.key.credentialFor(batchId);
  }
}
