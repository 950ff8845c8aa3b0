import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { type AppError, ERROR_CODES } from './app-error';

/** An `AppError` as GraphQL sees it: `extensions.code`, `extensions.argument` (when it names one) and the details. */
export function toGraphqlError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(error.argument === null ? {} : { argument: error.argument }),
      ...error.details,
    },
  });
}

/** An `AppError` as HTTP sees it: the status of its code, and `code`, `argument`, `message` and details in the body. */
export function toHttpException(error: AppError): HttpException {
  const statusCode = ERROR_CODES[error.code].status;
  return new HttpException(
    {
      statusCode,
      code: error.code,
      ...(error.argument === null ? {} : { argument: error.argument }),
      message: error.message,
      ...error.details,
    },
    statusCode,
    { cause: error },
  );
}
