import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const REPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportJobStatus = (typeof REPORT_JOB_STATUSES)[number];

export interface RegionReportParams {
  schoolYear: string;
  werkgebied: string | null;
}

/** One report job (run from the pg-boss queue `region-report` by any replica); the finished PDF is kept in `result`. */
@Entity({ name: 'report_job' })
@Check('report_job_status_check', `status IN ('queued', 'running', 'done', 'failed')`)
@Check('report_job_progress_check', `progress BETWEEN 0 AND 100`)
export class ReportJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'report_job_pkey' })
  id!: string;

  /** `region` (the only kind so far). */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: ReportJobStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'jsonb' })
  params!: RegionReportParams;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** Not selected by default: load explicitly where the PDF is served. */
  @Column({ type: 'bytea', nullable: true, select: false })
  result!: Buffer | null;

  @Column({ name: 'result_size', type: 'integer', nullable: true })
  resultSize!: number | null;

  /** `host:pid` of the API process that ran (or runs) the job: any replica may pick it up from the queue. */
  @Column({ type: 'text', nullable: true })
  worker!: string | null;

  /** Wall-clock generation time of the finished report, milliseconds. */
  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
