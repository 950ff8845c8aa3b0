import { type GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '../errors/app-error';

/** The codes of the caller's outcomes: the API's own (`AppError`) and those of graphql-js and Apollo. */
export const KNOWN_CODES = new Set([
  ...Object.keys(ERROR_CODES),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * Outside development: no stack traces, and unexpected errors lose their message (it may name SQL or paths).
 * Errors with a known code keep their message: they are meant for the caller.
 */
export function formatGraphqlError(development: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
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
