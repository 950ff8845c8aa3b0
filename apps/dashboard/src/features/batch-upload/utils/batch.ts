/** Reading `GET /api/import-batches/:id` and `POST /api/uploads/sop-batch` answers, and progress figures. Pure. */

export type BatchFileStatus = 'queued' | 'running' | 'done';

export interface BatchFile {
  readonly position: number;
  readonly fileName: string;
  readonly status: BatchFileStatus;
  readonly outcome: string | null;
  readonly message: string | null;
  readonly warnings: number;
  readonly schoolId: string | null;
  readonly schoolName: string | null;
  readonly published: boolean;
}

export interface Batch {
  readonly id: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly fileCount: number;
  readonly done: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly files: readonly BatchFile[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function fileStatus(value: unknown): BatchFileStatus {
  return value === 'running' || value === 'done' ? value : 'queued';
}

/** A batch from the API's JSON, or null when the body is not one. */
export function readBatch(body: unknown): Batch | null {
  if (!isRecord(body) || typeof body['id'] !== 'string') return null;
  const counts: Record<string, number> = {};
  if (isRecord(body['counts'])) for (const [k, v] of Object.entries(body['counts'])) counts[k] = num(v);
  const files = Array.isArray(body['files']) ? body['files'].filter(isRecord) : [];
  return {
    id: body['id'],
    createdAt: str(body['createdAt']) ?? '',
    finishedAt: str(body['finishedAt']),
    fileCount: num(body['fileCount']),
    done: num(body['done']),
    counts,
    files: files.map((f) => ({
      position: num(f['position']),
      fileName: str(f['fileName']) ?? '',
      status: fileStatus(f['status']),
      outcome: str(f['outcome']),
      message: str(f['message']),
      warnings: num(f['warnings']),
      schoolId: str(f['schoolId']),
      schoolName: str(f['schoolName']),
      published: f['published'] === true,
    })),
  };
}

/** The newest batch id of `GET /api/import-batches` (null when there is none). */
export function latestBatchId(body: unknown): string | null {
  if (!isRecord(body) || !Array.isArray(body['batches'])) return null;
  const first: unknown = body['batches'][0];
  return isRecord(first) ? str(first['id']) : null;
}

/** Progress of one file, 0–100: waiting 0, being read 50, read 100. */
export function fileProgress(status: BatchFileStatus): number {
  return status === 'done' ? 100 : status === 'running' ? 50 : 0;
}

/** Progress of the whole batch, 0–100 (a file being read counts half). */
export function batchProgress(batch: Pick<Batch, 'fileCount' | 'files'>): number {
  if (batch.fileCount === 0) return 100;
  const sum = batch.files.reduce((total, f) => total + fileProgress(f.status), 0);
  return Math.round(sum / batch.fileCount);
}

/** "3 klaar, 1 geweigerd": the outcomes with a count, in the order staff work through them. */
export function outcomeParts(
  counts: Readonly<Record<string, number>>,
  labels: Readonly<Record<string, string>>,
): string {
  const order = ['klaar', 'te-beoordelen', 'te-koppelen', 'geweigerd', 'duplicaat'];
  return order
    .filter((o) => (counts[o] ?? 0) > 0)
    .map((o) => `${counts[o] ?? 0} ${labels[o] ?? o}`)
    .join(', ');
}
