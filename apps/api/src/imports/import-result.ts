import { type SopWarning } from '@sop-atlas/sop-model';

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

/** Why a document was not imported: the import library's codes plus the API's own. */
export type ImportFailureCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'encrypted'
  | 'image-only'
  | 'too-many-pages'
  | 'timeout'
  | 'zip-bomb'
  | 'corrupt'
  | 'not-an-sop'
  | 'invalid-document'
  | 'no-school-year'
  | 'ambiguous-school'
  | 'unknown-school';

/** The outcome of one document, as the upload endpoint and the CLI report it. */
export interface ImportResult {
  fileName: string;
  status: ImportStatus;
  sopId?: string;
  schoolId?: string;
  schoolYear?: string;
  /** Version of the SOP within its school and school year. */
  version?: number;
  /** True when the import created the school. */
  schoolCreated?: boolean;
  warnings: SopWarning[];
  error?: { code: ImportFailureCode; message: string };
}

/** A failure of one document that the caller can act on; the message names the file and the problem. */
export class ImportFailure extends Error {
  constructor(
    readonly code: ImportFailureCode,
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'ImportFailure';
  }
}

export function failedResult(failure: ImportFailure): ImportResult {
  return {
    fileName: failure.fileName,
    status: 'failed',
    warnings: [],
    error: { code: failure.code, message: failure.message },
  };
}
