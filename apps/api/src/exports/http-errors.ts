import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';

/** A 400 with the same shape as the GraphQL errors: `code` and the `argument` (query parameter path). */
export function badQuery(message: string, argument: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, code: 'BAD_USER_INPUT', argument, message });
}

export function notFound(message: string, argument: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, code: 'NOT_FOUND', argument, message });
}

/**
 * Runs a service call shared with the GraphQL API and turns its caller-facing GraphQL errors (`BAD_USER_INPUT`,
 * `NOT_FOUND` with an `argument`) into HTTP 400/404 with the same code and argument; anything else is rethrown.
 */
export async function asHttp<T>(call: () => Promise<T> | T, argumentPrefix = ''): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof HttpException || !(error instanceof GraphQLError)) throw error;
    const code = error.extensions['code'];
    const raw = error.extensions['argument'];
    const argument = `${argumentPrefix}${typeof raw === 'string' ? raw : ''}`;
    if (code === 'BAD_USER_INPUT') throw badQuery(error.message, argument);
    if (code === 'NOT_FOUND') throw notFound(error.message, argument);
    throw error;
  }
}
