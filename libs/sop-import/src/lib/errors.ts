/** Every way an import can fail on purpose; callers switch on `code`, people read `message`. */
export type SopImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'encrypted'
  | 'image-only'
  | 'too-many-pages'
  | 'timeout'
  | 'zip-bomb'
  | 'corrupt'
  | 'not-an-sop';

export const SOP_IMPORT_ERROR_CODES: readonly SopImportErrorCode[] = [
  'empty',
  'too-large',
  'unsupported-type',
  'encrypted',
  'image-only',
  'too-many-pages',
  'timeout',
  'zip-bomb',
  'corrupt',
  'not-an-sop',
];

export function isSopImportErrorCode(value: unknown): value is SopImportErrorCode {
  return typeof value === 'string' && (SOP_IMPORT_ERROR_CODES as readonly string[]).includes(value);
}

export class SopImportError extends Error {
  readonly code: SopImportErrorCode;
  readonly fileName?: string;
  /** The reason without the file name. */
  readonly reason: string;

  constructor(code: SopImportErrorCode, reason: string, fileName?: string) {
    super(fileName ? `${fileName}: ${reason}` : reason);
    this.name = 'SopImportError';
    this.code = code;
    this.reason = reason;
    if (fileName !== undefined) this.fileName = fileName;
  }
}
