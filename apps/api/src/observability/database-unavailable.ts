import { HttpException, HttpStatus } from '@nestjs/common';

/** Seconds a client should wait before retrying while the database is down. */
export const RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE =
  'De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.';

/** Connection-level failures (server down, restarting, refusing connections), not errors of one statement. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /connect ECONNREFUSED/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    chain.push(current);
    const record = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = record.driverError ?? record.originalError ?? record.cause;
  }
  return chain;
}

/** Whether an error means the database cannot be reached right now (answer 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((item) => {
    const { code, message } = item as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (code === 'ECONNREFUSED') return true;
    if (Array.isArray((item as { errors?: unknown }).errors)) {
      // AggregateError of a connect to several addresses (IPv4 + IPv6)
      return (item as { errors: unknown[] }).errors.some((inner) => isDatabaseUnavailable(inner));
    }
    return typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/** 503 for REST routes. */
export class DatabaseUnavailableException extends HttpException {
  constructor() {
    super(
      { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: DATABASE_UNAVAILABLE_MESSAGE },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}
