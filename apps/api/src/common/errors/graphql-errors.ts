import { GraphQLError } from 'graphql';

/** An id or key that names nothing; `argument` is the argument path (e.g. `id`, `filter.werkgebied`). */
export class NotFoundError extends GraphQLError {
  constructor(what: string, argument: string, value: string) {
    super(`${what} met ${argument} '${value}' bestaat niet`, {
      extensions: { code: 'NOT_FOUND', argument },
    });
  }
}

/** An argument outside what the API accepts (e.g. a page size above the maximum). */
export class BadInputError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}
