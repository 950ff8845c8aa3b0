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

/**
 * Public reads the API answers with an ETag when sent as GET (its `VERSIONED_QUERY_FIELDS`): the browser keeps the
 * answer and revalidates it (304 while the data has not changed). Other queries and all mutations stay POST.
 */
export const GET_QUERY_FIELDS: ReadonlySet<string> = new Set([
  'regionOverview',
  'compareSchools',
  'schools',
  'school',
  'sop',
  'werkgebieden',
  'fundingParameters',
]);

/** Longer URLs go as POST (proxies cut URLs around 8 kB). */
export const MAX_GET_URL = 6000;

/** Whether a query is a public read to send as GET: its first root field is in GET_QUERY_FIELDS. */
export function isPublicRead(text: string): boolean {
  const code = text.replace(/#[^\n]*/g, '');
  if (isMutation(code) || /^\s*subscription\b/.test(code)) return false;
  const selection = code.slice(code.indexOf('{') + 1);
  const field = /^\s*(?:[A-Za-z_]\w*\s*:\s*)?([A-Za-z_]\w*)/.exec(selection)?.[1];
  return field !== undefined && GET_QUERY_FIELDS.has(field);
}

/** The GET URL of a query (null when too long): query, variables as JSON. */
export function getUrl(endpoint: string, query: string, variables: unknown): string | null {
  const params = new URLSearchParams({ query });
  if (typeof variables === 'object' && variables !== null && Object.keys(variables).length > 0) {
    params.set('variables', JSON.stringify(variables));
  }
  const url = `${endpoint}?${params.toString()}`;
  return url.length <= MAX_GET_URL ? url : null;
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
  const text = document.toString();
  const endpoint = options.endpoint ?? GRAPHQL_ENDPOINT;
  // Public reads as GET without a body or content type (Apollo refuses a GET with another content type); the
  // CSRF header passes Apollo's CSRF check for GETs. The browser's HTTP cache then revalidates with the ETag.
  const url = isPublicRead(text) ? getUrl(endpoint, text, variables) : null;
  let response: Response;
  try {
    response = await fetchFn(
      url ?? endpoint,
      url !== null
        ? {
            method: 'GET',
            credentials: 'same-origin',
            headers: { accept: 'application/graphql-response+json, application/json', ...CSRF_HEADERS },
            signal: options.signal ?? null,
          }
        : {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json, application/json',
              ...(isMutation(text) ? CSRF_HEADERS : {}),
            },
            body: JSON.stringify({ query: text, variables }),
            signal: options.signal ?? null,
          },
    );
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
