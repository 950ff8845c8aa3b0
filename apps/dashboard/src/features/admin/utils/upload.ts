/** Pure parts of the uploads in Beheer: the staff token in sessionStorage and reading the API's answers. */

export const STAFF_TOKEN_KEY = 'sop-atlas.staff-token';

/** The part of `Storage` used here (sessionStorage in the browser, a fake in specs). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStaffToken(storage: TokenStorage | null): string {
  try {
    return storage?.getItem(STAFF_TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the token for this browser tab only; an empty token removes it. */
export function writeStaffToken(storage: TokenStorage | null, token: string): void {
  try {
    if (token.trim() === '') storage?.removeItem(STAFF_TOKEN_KEY);
    else storage?.setItem(STAFF_TOKEN_KEY, token.trim());
  } catch {
    // Storage can be disabled (private mode); the token then lives only in the form.
  }
}

export interface UploadProblem {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}

export interface DuoReport {
  readonly fileName: string;
  readonly kind: string;
  readonly schoolsInserted: number;
  readonly schoolsUpdated: number;
  readonly schoolsUnchanged: number;
  readonly pupilCountsInserted: number;
  readonly pupilCountsUpdated: number;
  readonly pupilCountsUnchanged: number;
  readonly unchanged: boolean;
  readonly skippedOtherSwv: number;
  readonly columnsMissing: readonly string[];
  readonly rejected: readonly UploadProblem[];
  readonly warnings: readonly string[];
}

export type UploadOutcome =
  | { readonly kind: 'ok'; readonly report: DuoReport }
  | { readonly kind: 'error'; readonly message: string; readonly problems: readonly UploadProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function problems(value: unknown): UploadProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((p) => ({
    line: typeof p['line'] === 'number' ? p['line'] : null,
    column: str(p['column']),
    message: str(p['message']) ?? '',
  }));
}

export interface UploadMessages {
  readonly unauthorized: string;
  readonly forbidden: string;
  readonly tooLarge: string;
  readonly status: (status: number) => string;
}

/** The HTTP status and JSON body of `POST /api/uploads/duo` as a report or a Dutch error with its problems. */
export function readDuoResponse(status: number, body: unknown, messages: UploadMessages): UploadOutcome {
  if (status >= 200 && status < 300 && isRecord(body)) {
    return {
      kind: 'ok',
      report: {
        fileName: str(body['fileName']) ?? '',
        kind: str(body['kind']) ?? '',
        schoolsInserted: num(body['schoolsInserted']),
        schoolsUpdated: num(body['schoolsUpdated']),
        schoolsUnchanged: num(body['schoolsUnchanged']),
        pupilCountsInserted: num(body['pupilCountsInserted']),
        pupilCountsUpdated: num(body['pupilCountsUpdated']),
        pupilCountsUnchanged: num(body['pupilCountsUnchanged']),
        unchanged: body['unchanged'] === true,
        skippedOtherSwv: num(body['skippedOtherSwv']),
        columnsMissing: strings(body['columnsMissing']),
        rejected: problems(body['rejected']),
        warnings: strings(body['warnings']),
      },
    };
  }
  const serverMessage = isRecord(body)
    ? Array.isArray(body['message'])
      ? strings(body['message']).join('; ')
      : str(body['message'])
    : null;
  const fallback =
    status === 401
      ? messages.unauthorized
      : status === 403
        ? messages.forbidden
        : status === 413
          ? messages.tooLarge
          : messages.status(status);
  return {
    kind: 'error',
    message: status === 401 || status === 403 ? fallback : (serverMessage ?? fallback),
    problems: isRecord(body) ? problems(body['problems']) : [],
  };
}

export interface SopUploadResult {
  readonly fileName: string;
  /** `imported`, `duplicate`, `to-match` or `failed`. */
  readonly status: string;
  readonly schoolId: string | null;
  readonly schoolYear: string | null;
  readonly schoolCreated: boolean;
  /** Published directly (the SWV's policy for documents without warnings). */
  readonly published: boolean;
  /** Why a `to-match` document waits for staff to choose its school. */
  readonly toMatchReason: string | null;
  readonly warnings: readonly string[];
  readonly error: string | null;
}

export type SopUploadOutcome =
  | { readonly kind: 'results'; readonly results: readonly SopUploadResult[] }
  | { readonly kind: 'error'; readonly message: string };

/** `POST /api/uploads/sop`: one result per file (also on 400, when no file succeeded), or an error. */
export function readSopUploadResponse(
  status: number,
  body: unknown,
  messages: UploadMessages,
): SopUploadOutcome {
  if (isRecord(body) && Array.isArray(body['results'])) {
    return {
      kind: 'results',
      results: body['results'].filter(isRecord).map((r) => ({
        fileName: str(r['fileName']) ?? '',
        status: str(r['status']) ?? 'failed',
        schoolId: str(r['schoolId']),
        schoolYear: str(r['schoolYear']),
        schoolCreated: r['schoolCreated'] === true,
        published: r['published'] === true,
        toMatchReason: isRecord(r['toMatch']) ? str(r['toMatch']['reason']) : null,
        warnings: Array.isArray(r['warnings'])
          ? r['warnings'].filter(isRecord).map((w) => str(w['message']) ?? '')
          : [],
        error: isRecord(r['error']) ? str(r['error']['message']) : null,
      })),
    };
  }
  const outcome = readDuoResponse(status >= 200 && status < 300 ? 500 : status, body, messages);
  return { kind: 'error', message: outcome.kind === 'error' ? outcome.message : messages.status(status) };
}

/** How an upload authenticates: the session cookie (with the CSRF header) when signed in, else the staff code. */
export type UploadAuth =
  | { readonly kind: 'session' }
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'none' };

export function uploadAuth(signedInStaff: boolean, token: string): UploadAuth {
  if (signedInStaff) return { kind: 'session' };
  return token.trim() === '' ? { kind: 'none' } : { kind: 'token', token: token.trim() };
}

/** The request headers of an upload for its authentication. */
export function uploadHeaders(
  auth: UploadAuth,
  csrf: Readonly<Record<string, string>>,
): Record<string, string> {
  if (auth.kind === 'session') return { ...csrf };
  if (auth.kind === 'token') return { authorization: `Bearer ${auth.token}` };
  return {};
}
