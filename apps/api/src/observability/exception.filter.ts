import {
  type ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  PayloadTooLargeException,
} from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import { HeaderMap } from '@apollo/server';
import { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DatabaseUnavailableException,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from './database-unavailable';
import { AppError } from '../common/errors/app-error';
import { toHttpException } from '../common/errors/error-translation';
import { AppConfig } from '../config/app-config';
import { requestLog } from './request-log';

/** GraphQL error of an outage: HTTP 503 with Retry-After (Apollo takes status and headers from `extensions.http`). */
export function databaseUnavailableGraphqlError(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
      },
    },
  });
}

/**
 * The one place errors leave a request: on HTTP an `AppError` becomes the answer with the status of its code (see
 * common/errors/app-error.ts; on GraphQL `formatGraphqlError` gives it its code). Nothing is logged here: the request's single log line (pino-http, see
 * logging.ts) carries the outcome, at error with the stack only for a real fault. A database outage becomes 503
 * with a Dutch message and Retry-After, on GraphQL and REST alike.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  constructor(
    private readonly config: AppConfig,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost.httpAdapter);
  }

  override catch(thrown: unknown, host: ArgumentsHost): unknown {
    const exception =
      host.getType() === 'http' && thrown instanceof AppError ? toHttpException(thrown) : thrown;
    if (host.getType<string>() === 'graphql') {
      // Returned, not thrown: graphql-js turns a returned Error into the field's error (Nest's GraphQL pattern).
      if (isDatabaseUnavailable(exception)) return databaseUnavailableGraphqlError();
      return exception instanceof Error ? exception : new Error(String(exception));
    }
    if (host.getType() !== 'http') throw exception;
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (isDatabaseUnavailable(exception)) {
      requestLog(req).unavailable = true;
      if (!res.headersSent) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return super.catch(new DatabaseUnavailableException(), host);
    }
    if (exception instanceof PayloadTooLargeException && exception.message === 'File too large') {
      // multer's English, for every upload route: say it in Dutch with the limit
      const bytes = this.config.uploadMaxBytes;
      const limit =
        bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
      return super.catch(
        new PayloadTooLargeException({
          statusCode: HttpStatus.PAYLOAD_TOO_LARGE,
          message: `het bestand is groter dan het maximum van ${limit} (UPLOAD_MAX_BYTES)`,
        }),
        host,
      );
    }
    if (exception instanceof HttpException) {
      if (exception.getStatus() === 503) {
        requestLog(req).unavailable = true;
        if (!res.headersSent) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      } else if (exception.getStatus() >= 500) requestLog(req).fault = exception;
      return super.catch(exception, host);
    }
    return super.catch(exception, host);
  }

  /** As Nest's, without its own log line: an HTTP client error (body parser, 4xx) is an outcome, the rest a fault. */
  override handleUnknownError(
    exception: unknown,
    host: ArgumentsHost,
    applicationRef: Parameters<BaseExceptionFilter['handleUnknownError']>[2],
  ): void {
    const httpError = this.isHttpError(exception) ? exception : null;
    if (httpError === null || httpError.statusCode >= 500) {
      requestLog(host.switchToHttp().getRequest<Request>()).fault =
        exception instanceof Error ? exception : new Error(String(exception));
    }
    const body =
      httpError !== null
        ? { statusCode: httpError.statusCode, message: this.getHttpErrorMessage(httpError) }
        : { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
    const response = host.getArgByIndex<Response>(1);
    if (!applicationRef.isHeadersSent(response)) applicationRef.reply(response, body, body.statusCode);
    else applicationRef.end(response);
  }
}
