import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type ImportOutcome } from '../imports/import-files';
import { type ImportResult } from '../imports/import-result';
import { ImportBatchEntity } from './import-batch.entity';

export const IMPORT_BATCH_FILE_STATUSES = ['queued', 'running', 'done'] as const;
export type ImportBatchFileStatus = (typeof IMPORT_BATCH_FILE_STATUSES)[number];

/**
 * One file of a batch upload: its bytes (kept in PostgreSQL until it is read, so whichever process runs the job can
 * read it), then its outcome, the same as a single upload's (`ImportResult`), recorded in the import's transaction.
 */
@Entity({ name: 'import_batch_file' })
@Index('import_batch_file_position_key', ['batchId', 'position'], { unique: true })
@Check('import_batch_file_status_check', `status IN ('queued', 'running', 'done')`)
export class ImportBatchFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'import_batch_file_pkey' })
  id!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => ImportBatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'import_batch_file_batch_id_fkey' })
  batch?: ImportBatchEntity;

  /** Order in the upload (0-based). */
  @Column({ type: 'integer' })
  position!: number;

  /** As uploaded; for a ZIP entry its path inside the ZIP. */
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'integer' })
  size!: number;

  /** The file's bytes until its outcome is recorded (then null: an imported document keeps its own copy). */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'text', default: 'queued' })
  status!: ImportBatchFileStatus;

  @Column({ type: 'text', nullable: true })
  outcome!: ImportOutcome | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: ImportResult | null;

  /** Times a job started on this file (a crash mid-file makes a second attempt). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** `host:pid` of the process that ran (or runs) it. */
  @Column({ type: 'text', nullable: true })
  worker!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
