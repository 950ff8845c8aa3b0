import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One batch upload from Beheer (many SOP files, a folder or a ZIP): its files live in `import_batch_file` and are
 * read by background jobs in any API process, so the batch and its outcomes survive a page reload and a restart.
 */
@Entity({ name: 'import_batch' })
@Index('import_batch_created_idx', ['createdAt'])
export class ImportBatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'import_batch_pkey' })
  id!: string;

  /** Who uploaded (label of the account), stored with every imported document. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  /** The uploading account's subject, for the per-user cap on open batches. */
  @Column({ name: 'created_by_subject', type: 'text', nullable: true })
  createdBySubject!: string | null;

  @Column({ name: 'file_count', type: 'integer' })
  fileCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when the last file has its outcome. */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
