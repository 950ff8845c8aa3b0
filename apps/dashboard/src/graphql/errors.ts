import type { GraphQLRequestError } from './client';

/** The API's error code (`NOT_FOUND`, `BAD_USER_INPUT`, …) of a failed request, if it gave one. */
export function errorCode(error: GraphQLRequestError): string | null {
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

/** The argument a refusal is about (`near.postcode`, `filter.status`), so the page can show it at its field. */
export function errorArgument(error: GraphQLRequestError): string | null {
  const argument = error.errors[0]?.extensions?.['argument'];
  return typeof argument === 'string' ? argument : null;
}
