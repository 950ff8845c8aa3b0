/** Messages between `parseSopDocument` and its worker process. */
import { type SopImportErrorCode } from './errors';
import { type InProcessResult } from './parse-bytes';

export interface WorkerRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly fileName?: string;
  readonly maxPages: number;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result?: InProcessResult; readonly ready?: true }
  | { readonly id: number; readonly ok: false; readonly code: SopImportErrorCode; readonly message: string };
