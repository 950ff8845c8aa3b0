import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { HttpException } from '@nestjs/common';
import { type Params } from 'nestjs-pino';
import { type DestinationStream, type Level, type LevelWithSilent } from 'pino';
import { type Options } from 'pino-http';
import { resolvedIdentity } from '../common/auth/identity';
import { codeOfStatus } from '../common/errors/app-error';
import { type LogLevel } from '../config/app-config';
import { requestLog } from './request-log';

/** LOG_LEVEL (Nest's names) → pino's. */
export const PINO_LEVELS: Record<LogLevel, Level> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Outcomes an operator may want to see (failed sign-ins, refusals, throttling, outages): warn. Others: info. */
const WARN_OUTCOMES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE']);
const REQUEST_ID = /^[\w.:-]{1,100}$/;

type Req = IncomingMessage & { id?: unknown; originalUrl?: string; route?: { path?: unknown } };

export function isExpectedHttpException(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() < 500;
}

function levelOf(req: Req, res: ServerResponse, err: Error | undefined): LevelWithSilent {
  const context = requestLog(req);
  if (context.fault !== undefined) return 'error';
  if (context.unavailable || res.statusCode === 503) return 'warn';
  if (err !== undefined || res.statusCode >= 500) return 'error';
  const outcome = res.statusCode >= 400 ? codeOfStatus(res.statusCode) : undefined;
  if ([...context.outcomes, outcome].some((code) => code !== undefined && WARN_OUTCOMES.has(code)))
    return 'warn';
  return 'info';
}

function propsOf(req: Req, res: ServerResponse): Record<string, unknown> {
  // pino-http asks twice: at the start (nothing known yet) and when the response is done
  if (!res.headersSent) return {};
  const context = requestLog(req);
  const identity = resolvedIdentity(req);
  const routePath = req.route?.path;
  const operation =
    context.operation ?? (typeof routePath === 'string' ? `${req.method ?? ''} ${routePath}` : undefined);
  const outcomes = [...context.outcomes];
  if (res.statusCode >= 400 && outcomes.length === 0) outcomes.push(codeOfStatus(res.statusCode));
  return {
    ...(operation !== undefined ? { operation } : {}),
    ...(identity?.kind === 'identified'
      ? { userId: identity.identity.userId ?? identity.identity.subject }
      : {}),
    ...(outcomes.length > 0 ? { outcome: outcomes.join(',') } : {}),
  };
}

/**
 * nestjs-pino settings: one JSON line per request (request id, operation, user id, duration, outcome), at info
 * for success and expected client outcomes, warn for refusals and outages, error with the stack only for a real
 * fault. No headers, cookies or bodies in the log.
 */
export function loggerParams(level: LogLevel | 'silent', destination?: DestinationStream): Params {
  const options: Options = {
    level: level === 'silent' ? 'silent' : PINO_LEVELS[level],
    base: { service: 'sop-atlas' },
    messageKey: 'msg',
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({
        method: req.method,
        url: req.url?.split('?')[0],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, err) => levelOf(req, res, err),
    customProps: (req, res) => propsOf(req, res),
    customSuccessMessage: (req, res, duration) =>
      `${req.method ?? ''} ${(req as Req).originalUrl?.split('?')[0] ?? ''} ${res.statusCode} ${duration} ms`,
    customErrorMessage: (req, res) =>
      `${req.method ?? ''} ${(req as Req).originalUrl?.split('?')[0] ?? ''} ${res.statusCode}`,
    customSuccessObject: (req, _res, value: Record<string, unknown>) => {
      const fault = requestLog(req).fault;
      return fault === undefined ? value : { ...value, err: fault };
    },
    customErrorObject: (req, res, error, value: Record<string, unknown>) => {
      const context = requestLog(req);
      if (context.fault !== undefined) return { ...value, err: context.fault };
      // an outage or another status ≥ 500 without a thrown error: no made-up stack
      const { err: _err, ...rest } = value;
      return res.statusCode === 503 ? rest : { ...rest, err: error };
    },
  };
  return {
    pinoHttp: destination === undefined ? options : [options, destination],
    renameContext: 'context',
  };
}
