import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ERROR_CODES } from '../errors/app-error';
import { toGraphqlError } from '../errors/error-translation';

/** The codes of the caller's outcomes: the API's own (`AppError`) and those of graphql-js and Apollo. */
export const KNOWN_CODES = new Set([
  ...Object.keys(ERROR_CODES),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** The `AppError` behind a GraphQL error (graphql-js wraps what a resolver throws), or null. */
export function appErrorOf(error: unknown): AppError | null {
  let current = error;
  while (current instanceof GraphQLError && current.originalError !== undefined)
    current = current.originalError;
  return current instanceof AppError ? current : null;
}

/**
 * The one translation of errors for GraphQL. An `AppError` (from any resolver, loader or prefetch) becomes its
 * message with `extensions.code`, `extensions.argument` and its details. Outside development: no stack traces, and
 * unexpected errors lose their message (it may name SQL or paths). Errors with a known code keep their message:
 * they are meant for the caller.
 */
export function formatGraphqlError(development: boolean) {
  return (raw: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const app = appErrorOf(error);
    const formatted: GraphQLFormattedError =
      app === null
        ? raw
        : {
            ...raw,
            message: app.message,
            extensions: { ...(development ? raw.extensions : {}), ...toGraphqlError(app).extensions },
          };
    if (development) return formatted;
    const code =
      typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : undefined;
    const {
      stacktrace: _stacktrace,
      originalError: _originalError,
      ...extensions
    } = formatted.extensions ?? {};
    if (code !== undefined && KNOWN_CODES.has(code)) {
      // graphql-js suggests field and type names ("Did you mean …?"): schema details stay out of answers.
      return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, ''), extensions };
    }
    return {
      message: 'Interne fout',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
