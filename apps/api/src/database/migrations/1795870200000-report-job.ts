import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The in-process job queue of policy reports (status, progress, parameters, the finished PDF). */
export class ReportJob1795870200000 implements MigrationInterface {
  name = 'ReportJob1795870200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_job (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        progress integer NOT NULL DEFAULT 0,
        params jsonb NOT NULL,
        error text,
        result bytea,
        result_size integer,
        duration_ms integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT report_job_pkey PRIMARY KEY (id),
        CONSTRAINT report_job_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
        CONSTRAINT report_job_progress_check CHECK (progress BETWEEN 0 AND 100)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_job`);
  }
}
