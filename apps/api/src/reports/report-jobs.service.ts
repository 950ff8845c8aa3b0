import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { isUuid } from '../common/uuid';
import { JobQueue } from '../jobs/job-queue';
import { renderRegionReportPdf } from './region-report.pdf';
import { RegionReportService } from './region-report.service';
import { type RegionReportParams, ReportJobEntity } from './report-job.entity';
import { AppError } from '../common/errors/app-error';

/** Finished jobs (and their PDFs) are kept this many days. */
export const REPORT_JOB_RETENTION_DAYS = 30;
/** Jobs waiting or running at most; more are refused until the queue drains. */
export const MAX_PENDING_REPORT_JOBS = 10;

export class ReportQueueFullError extends AppError {
  constructor(readonly pending: number) {
    super(
      'TOO_MANY_REQUESTS',
      null,
      `er staan al ${pending} rapporten in de wachtrij; probeer het straks opnieuw`,
    );
  }
}

/**
 * Region report jobs: a row of `report_job` (status, progress, the finished PDF) and a job on the pg-boss queue
 * `region-report`, run by whichever API process fetches it (PDF rendering is CPU work: `JOB_WORKERS` at a time per
 * process). A process killed mid-report leaves the queue job active; another replica retries it after
 * `JOB_EXPIRE_SECONDS` and the row ends `done` (a retry writes the same PDF again).
 */
@Injectable()
export class ReportJobsService implements OnModuleInit {
  private readonly logger = new Logger(ReportJobsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: RegionReportService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue.register('region-report', async (job) => {
      const id = job.data['reportJobId'];
      if (typeof id === 'string') await this.run(id);
    });
  }

  /**
   * Queues a region report and returns the job at once. The same report already waiting or running is returned
   * instead of a second one; a full queue is refused; finished jobs older than the retention period are removed.
   */
  async startRegionReport(params: RegionReportParams): Promise<ReportJobEntity> {
    const repo = this.dataSource.getRepository(ReportJobEntity);
    await this.dataSource.query(
      `DELETE FROM report_job WHERE finished_at < now() - make_interval(days => $1::int)`,
      [REPORT_JOB_RETENTION_DAYS],
    );
    const pending = await repo.find({
      where: { status: In(['queued', 'running']) },
      order: { createdAt: 'ASC' },
    });
    const same = pending.find(
      (j) =>
        j.kind === 'region' &&
        j.params.schoolYear === params.schoolYear &&
        j.params.werkgebied === params.werkgebied,
    );
    if (same) return same;
    if (pending.length >= MAX_PENDING_REPORT_JOBS) throw new ReportQueueFullError(pending.length);
    const job = await repo.save(repo.create({ kind: 'region', status: 'queued', progress: 0, params }));
    await this.queue.send('region-report', { reportJobId: job.id });
    return job;
  }

  async find(id: string): Promise<ReportJobEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(ReportJobEntity).findOne({ where: { id } });
  }

  async result(id: string): Promise<Buffer | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource
      .getRepository(ReportJobEntity)
      .createQueryBuilder('j')
      .addSelect('j.result')
      .where('j.id = :id', { id })
      .getOne();
    return row?.result ?? null;
  }

  private async progress(id: string, progress: number): Promise<void> {
    await this.dataSource.query(`UPDATE report_job SET status = 'running', progress = $2 WHERE id = $1`, [
      id,
      progress,
    ]);
  }

  /** Runs one report job (again, after a crash: a job already done is left as it is). */
  private async run(id: string): Promise<void> {
    // TypeORM answers an UPDATE with [rows, count]
    const [[claimed]] = await this.dataSource.query<[{ params: RegionReportParams }[], number]>(
      `UPDATE report_job SET status = 'running', progress = 5, worker = $2, error = NULL
       WHERE id = $1 AND status IN ('queued', 'running') RETURNING params`,
      [id, this.queue.workerName],
    );
    if (claimed === undefined) return;
    const params = claimed.params;
    const started = performance.now();
    try {
      const report = await this.reports.report(params);
      await this.progress(id, 50);
      const pdf = await renderRegionReportPdf(report);
      await this.progress(id, 90);
      const durationMs = Math.round(performance.now() - started);
      await this.dataSource.query(
        `UPDATE report_job SET status = 'done', progress = 100, result = $2, result_size = $3, duration_ms = $4,
                finished_at = now() WHERE id = $1`,
        [id, pdf, pdf.length, durationMs],
      );
      this.logger.log(`rapport ${id}: ${pdf.length} bytes in ${durationMs} ms`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`rapport ${id} mislukt: ${message}`);
      try {
        await this.dataSource.query(
          `UPDATE report_job SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`,
          [id, message],
        );
      } catch (inner) {
        this.logger.error(`rapport ${id}: status niet bijgewerkt: ${String(inner)}`);
      }
    }
  }
}
