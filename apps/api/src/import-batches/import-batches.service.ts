import { promises as fs } from 'node:fs';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { tagTransaction } from '../common/auth/edit-context';
import { type Identity } from '../common/auth/identity';
import { isUuid } from '../common/uuid';
import { AppConfig } from '../config/app-config';
import { type ImportOutcome, outcomeOf } from '../imports/import-files';
import { failedResult, ImportFailure, type ImportResult } from '../imports/import-result';
import { SopImportService } from '../imports/sop-import.service';
import { JobCredentials } from '../jobs/job-credentials';
import { NO_JOB_KEY_MESSAGE } from '../jobs/job-key';
import { JobQueue } from '../jobs/job-queue';
import { type ImportBatchFileStatus } from './import-batch-file.entity';
import { isZipName, readZipEntries } from './zip-entries';

/** Most documents in one batch (ZIP entries counted one by one). */
export const BATCH_MAX_FILES = 500;
/** Batches of one account still being read; a further upload waits (429). */
export const MAX_OPEN_BATCHES_PER_USER = 3;
/** Starts of a job on one file; a file that broke the processing this often is refused instead of tried again. */
export const MAX_FILE_ATTEMPTS = 3;

/** One uploaded file, on disk until the batch is stored. */
export interface BatchSource {
  name: string;
  path: string;
  size: number;
}

/** Why a batch upload was refused as a whole (nothing stored). */
export class BatchUploadError extends Error {
  constructor(
    readonly status: 400 | 403 | 413 | 429 | 503,
    message: string,
  ) {
    super(message);
    this.name = 'BatchUploadError';
  }
}

export interface ImportBatchFileView {
  id: string;
  position: number;
  fileName: string;
  size: number;
  status: ImportBatchFileStatus;
  outcome: ImportOutcome | null;
  /** Dutch: why refused, or why it waits "te koppelen". */
  message: string | null;
  warnings: number;
  sopId: string | null;
  schoolId: string | null;
  schoolName: string | null;
  toMatchId: string | null;
  published: boolean;
}

export interface ImportBatchSummary {
  id: string;
  createdAt: string;
  finishedAt: string | null;
  createdBy: string | null;
  fileCount: number;
  /** Files with an outcome. */
  done: number;
  running: number;
  counts: Record<ImportOutcome, number>;
}

export interface ImportBatchView extends ImportBatchSummary {
  files: ImportBatchFileView[];
}

interface FileRow {
  id: string;
  position: number;
  file_name: string;
  size: number;
  status: ImportBatchFileStatus;
  outcome: ImportOutcome | null;
  result: ImportResult | null;
}

interface SummaryRow {
  id: string;
  created_at: Date;
  finished_at: Date | null;
  created_by: string | null;
  file_count: number;
  done: number;
  running: number;
  counts: Partial<Record<ImportOutcome, number>> | null;
}

/** Who starts a batch: its jobs act as this caller (ADR 0011). */
export type BatchStarter = Pick<Identity, 'label' | 'subject' | 'userId' | 'roles' | 'credential'>;

const INSUFFICIENT_PRIVILEGE = '42501';

const NO_COUNTS: Record<ImportOutcome, number> = {
  klaar: 0,
  'te-beoordelen': 0,
  'te-koppelen': 0,
  geweigerd: 0,
  duplicaat: 0,
};

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileView(row: FileRow): ImportBatchFileView {
  const r = row.result;
  return {
    id: row.id,
    position: row.position,
    fileName: row.file_name,
    size: row.size,
    status: row.status,
    outcome: row.outcome,
    message: r?.error?.message ?? r?.toMatch?.reason ?? null,
    warnings: r?.warnings.length ?? 0,
    sopId: r?.sopId ?? null,
    schoolId: r?.schoolId ?? null,
    schoolName: r?.match?.schoolName ?? null,
    toMatchId: r?.toMatch?.id ?? null,
    published: r?.published === true,
  };
}

function summaryView(row: SummaryRow): ImportBatchSummary {
  return {
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    createdBy: row.created_by,
    fileCount: row.file_count,
    done: row.done,
    running: row.running,
    counts: { ...NO_COUNTS, ...(row.counts ?? {}) },
  };
}

const SUMMARY_SELECT = `
  SELECT b.id, b.created_at, b.finished_at, b.created_by, b.file_count,
         count(f.id) FILTER (WHERE f.status = 'done')::int AS done,
         count(f.id) FILTER (WHERE f.status = 'running')::int AS running,
         (SELECT jsonb_object_agg(o.outcome, o.n) FROM (
            SELECT outcome, count(*)::int AS n FROM import_batch_file
            WHERE batch_id = b.id AND outcome IS NOT NULL GROUP BY outcome) o) AS counts
  FROM import_batch b LEFT JOIN import_batch_file f ON f.batch_id = b.id`;

/**
 * Batch uploads of SOP documents (many files, a folder, a ZIP). The upload stores every file in PostgreSQL and queues
 * one job per file (queue `import-file`) in the same transaction, then answers at once. Any API process runs the
 * jobs; each imports its file exactly as a single upload does (all-or-nothing per document) and records the outcome
 * in the import's own transaction, so a crash mid-file leaves the file to be read again and never half-recorded.
 * The jobs act as the staff member who uploaded: the same transaction has the database issue a job credential for
 * the batch, which the jobs present with this process's worker key (`JobCredentials`, ADR 0011); row-level security
 * and the audit trail see that person.
 */
@Injectable()
export class ImportBatchesService implements OnModuleInit {
  private readonly logger = new Logger('ImportBatches');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: SopImportService,
    private readonly queue: JobQueue,
    private readonly jobs: JobCredentials,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // A process without a worker key leaves the files to the replicas that have one.
    if (!this.jobs.hasKey) return;
    this.queue.register('import-file', async (job) => {
      const fileId = job.data['fileId'];
      if (typeof fileId === 'string') await this.runFile(fileId);
    });
  }

  /** Stores a batch (all of it or nothing) and queues its files; refuses it with a Dutch reason beyond the limits. */
  async create(sources: readonly BatchSource[], by: BatchStarter): Promise<ImportBatchView> {
    // Refused up front, never half-accepted: jobs that could not act would leave the batch unread.
    if (!(await this.jobs.usable())) throw new BatchUploadError(503, NO_JOB_KEY_MESSAGE);
    const [open] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM import_batch WHERE created_by_subject = $1 AND finished_at IS NULL`,
      [by.subject],
    );
    if ((open?.n ?? 0) >= MAX_OPEN_BATCHES_PER_USER) {
      throw new BatchUploadError(
        429,
        `u heeft al ${open?.n ?? 0} uploads die nog worden ingelezen (maximum ${MAX_OPEN_BATCHES_PER_USER}); wacht tot er een klaar is`,
      );
    }
    const batchId = await this.dataSource.transaction(async (manager) => {
      const [batch] = await manager.query<{ id: string }[]>(
        `INSERT INTO import_batch (created_by, created_by_subject, file_count) VALUES ($1, $2, 0) RETURNING id`,
        [by.label, by.subject],
      );
      if (batch === undefined) throw new Error('import_batch niet aangemaakt');
      const queued: string[] = [];
      let position = 0;
      let total = 0;
      const add = async (fileName: string, bytes: Buffer | null, size: number): Promise<void> => {
        if (position >= BATCH_MAX_FILES) {
          throw new BatchUploadError(413, `te veel documenten in één upload (maximum ${BATCH_MAX_FILES})`);
        }
        total += bytes?.length ?? 0;
        if (total > this.config.batchMaxBytes) {
          throw new BatchUploadError(
            413,
            `de upload is groter dan ${megabytes(this.config.batchMaxBytes)} (uitgepakt); verdeel hem over meer uploads`,
          );
        }
        const refused =
          bytes === null
            ? failedResult(
                new ImportFailure(
                  'too-large',
                  fileName,
                  `het bestand is ${megabytes(size)}; het maximum is ${megabytes(this.config.uploadMaxBytes)}`,
                ),
              )
            : null;
        const [file] = await manager.query<{ id: string }[]>(
          `INSERT INTO import_batch_file (batch_id, position, file_name, size, content, status, outcome, result,
                                          finished_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $6 = 'done' THEN now() END) RETURNING id`,
          [
            batch.id,
            position,
            fileName,
            size,
            bytes,
            refused ? 'done' : 'queued',
            refused ? outcomeOf(refused) : null,
            refused ? JSON.stringify(refused) : null,
          ],
        );
        position += 1;
        if (file !== undefined && refused === null) queued.push(file.id);
      };
      for (const source of sources) {
        if (isZipName(source.name)) {
          await readZipEntries(
            source.path,
            source.name,
            {
              maxEntries: BATCH_MAX_FILES,
              maxEntryBytes: this.config.uploadMaxBytes,
              maxTotalBytes: this.config.batchMaxBytes,
            },
            (name, bytes) => add(`${source.name}/${name}`, bytes, bytes.length),
          );
        } else if (source.size > this.config.uploadMaxBytes) {
          await add(source.name, null, source.size);
        } else {
          const bytes = await fs.readFile(source.path);
          await add(source.name, bytes, bytes.length);
        }
      }
      if (position === 0) {
        throw new BatchUploadError(
          400,
          'geen documenten gevonden in de upload (alleen mappen of verborgen bestanden)',
        );
      }
      if (queued.length > 0) await this.issueJobCredential(manager, batch.id, by);
      await manager.query(
        `UPDATE import_batch SET file_count = $2, finished_at = CASE WHEN $3 THEN now() END WHERE id = $1`,
        [batch.id, position, queued.length === 0],
      );
      await this.queue.sendMany(
        'import-file',
        queued.map((fileId) => ({ fileId })),
        manager,
      );
      return batch.id;
    });
    const view = await this.find(batchId);
    if (view === null) throw new Error(`batch ${batchId} niet gevonden na opslaan`);
    this.logger.log(`batch ${batchId}: ${view.fileCount} document(en) in de wachtrij`);
    return view;
  }

  async find(id: string): Promise<ImportBatchView | null> {
    if (!isUuid(id)) return null;
    const [summary] = await this.dataSource.query<SummaryRow[]>(
      `${SUMMARY_SELECT} WHERE b.id = $1 GROUP BY b.id`,
      [id],
    );
    if (summary === undefined) return null;
    const files = await this.dataSource.query<FileRow[]>(
      `SELECT id, position, file_name, size, status, outcome, result
       FROM import_batch_file WHERE batch_id = $1 ORDER BY position`,
      [id],
    );
    return { ...summaryView(summary), files: files.map(fileView) };
  }

  /** The most recent batches, newest first (the dashboard finds a running batch again after a reload). */
  async recent(limit: number): Promise<ImportBatchSummary[]> {
    const rows = await this.dataSource.query<SummaryRow[]>(
      `${SUMMARY_SELECT} GROUP BY b.id ORDER BY b.created_at DESC, b.id LIMIT $1`,
      [limit],
    );
    return rows.map(summaryView);
  }

  /** The job of one file: import it (again after a crash, unless its outcome is already recorded). */
  async runFile(fileId: string): Promise<void> {
    const [file] = await this.dataSource.query<{ batch_id: string }[]>(
      `SELECT batch_id FROM import_batch_file WHERE id = $1 AND status <> 'done'`,
      [fileId],
    );
    if (file === undefined) return;
    const credential = this.jobs.credentialFor(file.batch_id);
    const starter = await this.starterOf(credential);
    if (starter === 'key-unknown') {
      // This process's key is not (or no longer) known to the database: not the file's fault, so the file is left
      // unclaimed for another try (perhaps in another replica) after pg-boss's retry delay.
      throw new Error(`batch ${file.batch_id}: ${NO_JOB_KEY_MESSAGE}`);
    }
    // TypeORM answers an UPDATE with [rows, count]
    const [[claimed]] = await this.dataSource.query<
      [
        {
          batch_id: string;
          file_name: string;
          content: Buffer | null;
          attempts: number;
          created_by: string | null;
        }[],
        number,
      ]
    >(
      `UPDATE import_batch_file f SET status = 'running', attempts = f.attempts + 1, worker = $2, started_at = now()
       FROM import_batch b
       WHERE f.id = $1 AND f.status <> 'done' AND b.id = f.batch_id
       RETURNING f.batch_id, f.file_name, f.content, f.attempts, b.created_by`,
      [fileId, this.queue.workerName],
    );
    if (claimed === undefined) return;
    let result: ImportResult;
    if (starter === 'expired') {
      result = failedResult(
        new ImportFailure(
          'upload-expired',
          claimed.file_name,
          'de upload is verlopen of het account dat hem startte mag niet meer inlezen; upload het bestand opnieuw',
        ),
      );
    } else if (claimed.attempts > MAX_FILE_ATTEMPTS || claimed.content === null) {
      result = failedResult(
        new ImportFailure(
          'corrupt',
          claimed.file_name,
          claimed.content === null
            ? 'de inhoud van het bestand ontbreekt'
            : `het inlezen brak ${MAX_FILE_ATTEMPTS} keer af; het bestand is niet ingelezen`,
        ),
      );
    } else {
      result = await this.imports.importDocument(claimed.content, {
        fileName: claimed.file_name,
        importedBy: claimed.created_by,
        importerId: starter.userId,
        credential,
        onStored: (manager, stored) => this.record(manager, fileId, stored),
      });
    }
    // A refusal stores nothing, so it has no import transaction: record it on its own.
    if (result.status === 'failed') await this.record(this.dataSource.manager, fileId, result);
    await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count]
      const [, finished] = await manager.query<[unknown[], number]>(
        `UPDATE import_batch SET finished_at = now()
         WHERE id = $1 AND finished_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM import_batch_file WHERE batch_id = $1 AND status <> 'done')
         RETURNING id`,
        [claimed.batch_id],
      );
      if (finished === 0) return;
      // The last file is done: the batch's credential ends with it.
      await manager.query(`SELECT set_config('sop_atlas.credential', $1, true)`, [credential]);
      await manager.query(`SELECT sop_atlas_end_job_credential()`);
    });
  }

  /** Has the database bind the batch to the caller of this request (refused unless the caller is staff). */
  private async issueJobCredential(manager: EntityManager, batchId: string, by: BatchStarter): Promise<void> {
    await tagTransaction(manager, by, 'import');
    try {
      await manager.query(`SELECT sop_atlas_issue_job_credential($1)`, [batchId]);
    } catch (error) {
      if ((error as { code?: unknown }).code === INSUFFICIENT_PRIVILEGE) {
        throw new BatchUploadError(403, 'alleen SWV-medewerkers kunnen een upload laten inlezen');
      }
      throw error;
    }
  }

  /**
   * Whom a job of the batch acts as, as the database resolves `job:<batchId>:<key>`: the staff member's account id
   * (null for the service credential); `expired` when the batch's credential is gone (expired, ended, the account
   * disabled or no longer staff), `key-unknown` when this process's key is not registered.
   */
  private async starterOf(
    credential: string,
  ): Promise<{ userId: string | null } | 'expired' | 'key-unknown'> {
    const caller = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('sop_atlas.credential', $1, true)`, [credential]);
      const [row] = await manager.query<{ user_id: string | null; roles: string[] | null }[]>(
        `SELECT user_id, roles FROM sop_atlas_caller()`,
      );
      return row;
    });
    if (caller?.roles != null) return { userId: caller.user_id };
    return (await this.jobs.usable()) ? 'expired' : 'key-unknown';
  }

  private async record(manager: EntityManager, fileId: string, result: ImportResult): Promise<void> {
    await manager.query(
      `UPDATE import_batch_file SET status = 'done', outcome = $2, result = $3, content = NULL, finished_at = now()
       WHERE id = $1`,
      [fileId, outcomeOf(result), JSON.stringify(result)],
    );
  }
}
