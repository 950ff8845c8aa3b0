/** `parseSopDocument`: limits, sniffing and the child-process parse of one uploaded document. */
import { type SopDocument } from '@sop-atlas/sop-model';
import { createHash } from 'node:crypto';
import { SopImportError } from './errors';
import { type SourceKind } from './layout';
import { sniffSourceKind } from './sniff';
import { WorkerPool } from './worker-pool';

export interface ParseOptions {
  fileName?: string;
  maxBytes?: number;
  maxPages?: number;
  timeoutMs?: number;
}

export interface ParseResult {
  document: SopDocument;
  sourceKind: SourceKind;
  mediaType: string;
  sha256: string;
  /** The text lines the provenance line numbers point into (PDF: reconstructed lines; DOCX: paragraphs and rows). */
  sourceLines: string[];
  /** e.g. 'sop-import/1 text' */
  importer: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 60;
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Heap cap of a parse worker. */
export const WORKER_MAX_OLD_SPACE_MB = 512;

let pool: WorkerPool | null = null;
function workers(): WorkerPool {
  pool ??= new WorkerPool({ maxOldSpaceMb: WORKER_MAX_OLD_SPACE_MB, maxIdle: 2 });
  return pool;
}

/** Forks a warm worker ahead of the first document (optional; the first parse does it otherwise). */
export function warmImportWorkers(count = 1): void {
  workers().warm(count);
}

/** Process ids of the idle parse workers (for benchmarks). */
export function importWorkerPids(): number[] {
  return pool?.pids() ?? [];
}

/** Stops the idle parse workers (tests, graceful shutdown). They never keep the process alive anyway. */
export function shutdownImportWorkers(): void {
  pool?.close();
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} moet een positief getal zijn`);
  return value;
}

export async function parseSopDocument(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const { fileName } = options;
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes');
  const maxPages = positive(options.maxPages, DEFAULT_MAX_PAGES, 'maxPages');
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs');
  if (bytes.length === 0) throw new SopImportError('empty', 'het bestand is leeg', fileName);
  if (bytes.length > maxBytes) {
    throw new SopImportError(
      'too-large',
      `het bestand is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; het maximum is ${(maxBytes / 1024 / 1024).toFixed(1)} MB`,
      fileName,
    );
  }
  sniffSourceKind(bytes, fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = await workers().run(
    { bytes, maxPages, ...(fileName !== undefined ? { fileName } : {}) },
    timeoutMs,
  );
  return { ...result, sha256 };
}
