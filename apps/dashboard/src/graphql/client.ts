/**
 * A tiny fetch-based GraphQL client. Documents come from codegen (client preset, string mode), so the result and
 * variable types follow the committed schema and no GraphQL runtime ships to the browser.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export const GRAPHQL_ENDPOINT = '/graphql';

/** The API refuses cookie-session writes (mutations, uploads) without this header (CSRF protection). */
export const CSRF_HEADER = 'x-sop-atlas-csrf';

/** Headers of every write with the session cookie; a plain form on another site cannot set them. */
export const CSRF_HEADERS: Readonly<Record<string, string>> = { [CSRF_HEADER]: '1' };

/** Whether a GraphQL document is a mutation (its first operation keyword, comments skipped). */
export function isMutation(text: string): boolean {
  const code = text.replace(/#[^\n]*/g, '').trimStart();
  return /^mutation\b/.test(code);
}

/** A typed operation as codegen emits it: its text plus phantom result/variable types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** A failed request: the server's error messages (joined) or the HTTP/network problem. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphQLErrorEntry[] = [],
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly endpoint?: string;
  readonly fetchFn?: typeof fetch;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readErrors(body: unknown): GraphQLErrorEntry[] {
  if (!isRecord(body) || !Array.isArray(body['errors'])) return [];
  return body['errors'].filter(
    (entry): entry is GraphQLErrorEntry => isRecord(entry) && typeof entry['message'] === 'string',
  );
}

export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const fetchFn = options.fetchFn ?? fetch;
  let response: Response;
  try {
    response = await fetchFn(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(isMutation(document.toString()) ? CSRF_HEADERS : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new GraphQLRequestError(`Geen verbinding met de server (${String(cause)})`);
  }

  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const errors = readErrors(body);
  if (errors.length > 0) {
    throw new GraphQLRequestError(errors.map((e) => e.message).join('; '), errors, response.status);
  }
  if (!response.ok) {
    throw new GraphQLRequestError(`De server antwoordde met status ${response.status}`, [], response.status);
  }
  const data = isRecord(body) ? (body as GraphQLResponse<TResult>).data : null;
  if (data === null || data === undefined) {
    throw new GraphQLRequestError('Het antwoord van de server bevat geen gegevens', [], response.status);
  }
  return data;
}
