/**
 * The one error vocabulary of the API. Services, resolvers and controllers throw an `AppError` (or a module's
 * subclass in its `*.exception.ts`); the exception filter translates it once for GraphQL (`extensions.code`,
 * `extensions.argument`, the details) and once for HTTP (the status of its code, the same fields in the body).
 * Anything that is not an `AppError` (or a Nest `HttpException`) is a fault: logged with its stack, answered as an
 * internal error.
 */

/**
 * Every code a caller can see, with its HTTP status and the Dutch message used when a refusal has nothing more
 * specific to say. The codes are those of Apollo and the dashboard (`extensions.code`): a contract.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, message: 'ongeldige invoer' },
  UNAUTHENTICATED: { status: 401, message: 'aanmelden vereist' },
  FORBIDDEN: { status: 403, message: 'geen toegang' },
  NOT_FOUND: { status: 404, message: 'bestaat niet' },
  CONFLICT: { status: 409, message: 'gewijzigd sinds het ophalen; haal de nieuwste versie op' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'te groot' },
  TOO_MANY_REQUESTS: { status: 429, message: 'te veel verzoeken; probeer het later opnieuw' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'de dienst is tijdelijk niet beschikbaar' },
} as const satisfies Record<string, { status: number; message: string }>;

export type AppErrorCode = keyof typeof ERROR_CODES;

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** The code of an HTTP status (a Nest `HttpException`'s), named like the GraphQL codes; `HTTP_<status>` else. */
export function codeOfStatus(status: number): string {
  const entry = Object.entries(ERROR_CODES).find(([, value]) => value.status === status);
  return entry === undefined ? `HTTP_${status}` : entry[0];
}

/** A refusal the caller must act on: `argument` names the argument (path) at fault, `details` say more. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly argument: string | null,
    message: string = ERROR_CODES[code].message,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An id or key that names nothing; `argument` is the argument path (e.g. `id`, `filter.werkgebied`). */
export class NotFoundError extends AppError {
  constructor(what: string, argument: string, value: string) {
    super('NOT_FOUND', argument, `${what} met ${argument} '${value}' bestaat niet`);
  }
}

/** An argument outside what the API accepts (e.g. a page size above the maximum). */
export class BadInputError extends AppError {
  constructor(message: string, argument: string, details: Readonly<Record<string, unknown>> = {}) {
    super('BAD_USER_INPUT', argument, message, details);
  }
}

/** A signed-in caller asking for something its roles or linked schools do not allow. */
export class ForbiddenError extends AppError {
  constructor(message: string, argument: string) {
    super('FORBIDDEN', argument, message);
  }
}
