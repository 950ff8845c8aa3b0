import { type MatchRule, type MatchSuggestion } from '@sop-atlas/region-data';
import { type SopWarning } from '@sop-atlas/sop-model';

/** `to-match`: read and stored, waiting "te koppelen" for staff to choose its school (no SOP yet). */
export type ImportStatus = 'imported' | 'duplicate' | 'to-match' | 'failed';

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
  | 'unknown-school'
  | 'upload-expired';

/** The outcome of one document, as the upload endpoint and the CLI report it. */
export interface ImportResult {
  fileName: string;
  status: ImportStatus;
  sopId?: string;
  schoolId?: string;
  schoolYear?: string;
  /** Version of the SOP within its school and school year. */
  version?: number;
  /** True when the import created the school (only on explicit request: `createSchoolIfUnmatched`). */
  schoolCreated?: boolean;
  /** How the document was matched to its school (absent when the school was chosen by id or created). */
  match?: { rule: MatchRule; nameDiffers: boolean; schoolName: string };
  /** The document waits "te koppelen" (`to-match`): the queue entry, why, and the best suggestions. */
  toMatch?: { id: string; reason: string; suggestions: MatchSuggestion[] };
  /** Published right away under the SWV's policy "publish documents without warnings directly". */
  published?: boolean;
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
