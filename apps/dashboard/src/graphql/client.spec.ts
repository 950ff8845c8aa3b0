import { describe, expect, it } from '@jest/globals';
import { Kind, OperationTypeNode, parse } from 'graphql';
import * as generated from './generated/graphql';
import {
  CSRF_HEADER,
  GET_QUERY_FIELDS,
  getUrl,
  GraphQLRequestError,
  isMutation,
  isPublicRead,
  MAX_GET_URL,
  request,
  type TypedDocument,
} from './client';

const doc = 'query Ping { health { status } }' as unknown as TypedDocument<
  { health: { status: string } },
  Record<string, never>
>;

function fakeFetch(status: number, body: unknown): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
}

describe('request: GraphQL over fetch', () => {
  it('returns data of a successful answer', async () => {
    await expect(
      request(doc, {}, { fetchFn: fakeFetch(200, { data: { health: { status: 'ok' } } }) }),
    ).resolves.toEqual({ health: { status: 'ok' } });
  });

  it.each([
    [
      'GraphQL errors with 200',
      200,
      { errors: [{ message: 'School niet gevonden' }], data: null },
      'School niet gevonden',
    ],
    ['several errors are joined', 400, { errors: [{ message: 'a' }, { message: 'b' }] }, 'a; b'],
    ['HTTP error without body', 502, 'Bad gateway', 'De server antwoordde met status 502'],
    ['no data', 200, {}, 'Het antwoord van de server bevat geen gegevens'],
  ])('%s → message %p', async (_case, status, body, message) => {
    const promise = request(doc, {}, { fetchFn: fakeFetch(status, body) });
    await expect(promise).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(promise).rejects.toThrow(message);
  });

  it('reports a network failure in Dutch', async () => {
    const failing = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    await expect(request(doc, {}, { fetchFn: failing })).rejects.toThrow('Geen verbinding met de server');
  });

  it('sends the operation text and variables as JSON', async () => {
    let sent: unknown = null;
    const capture = ((_url: string, init: RequestInit) => {
      sent = typeof init.body === 'string' ? JSON.parse(init.body) : null;
      return Promise.resolve(new Response(JSON.stringify({ data: { health: { status: 'ok' } } })));
    }) as unknown as typeof fetch;
    await request(doc, {}, { fetchFn: capture });
    expect(sent).toEqual({ query: 'query Ping { health { status } }', variables: {} });
  });

  it.each([
    ['query Ping { health { status } }', false],
    ['{ me { email } }', false],
    ['mutation Login($e: String!) { login(email: $e) { id } }', true],
    ['  # comment\nmutation Logout { logout }', true],
    ['query mutationLike { health { status } }', false],
  ])('isMutation(%j) is %s', (text, expected) => {
    expect(isMutation(text)).toBe(expected);
  });

  it.each([
    ['query Ping { health { status } }', undefined],
    ['mutation Logout { logout }', '1'],
  ])('sends the session cookie, and the CSRF header only on mutations: %s', async (text, header) => {
    let init: RequestInit | null = null;
    const capture = ((_url: string, given: RequestInit) => {
      init = given;
      return Promise.resolve(new Response(JSON.stringify({ data: { logout: true } })));
    }) as unknown as typeof fetch;
    await request(text as unknown as TypedDocument<unknown, Record<string, never>>, {}, { fetchFn: capture });
    const sent = init as RequestInit | null;
    expect(sent?.credentials).toBe('same-origin');
    expect((sent?.headers as Record<string, string>)[CSRF_HEADER]).toBe(header);
  });

  it.each([
    ['query RegionOverview($y: String!) { regionOverview(schoolYear: $y) { schools } }', true],
    ['query Compare($ids: [ID!]!) {\n  compareSchools(ids: $ids) { schoolYear }\n}', true],
    ['{ werkgebieden { code } }', true],
    ['query Aliased { list: schools(first: 5) { totalCount } }', true],
    ['query Me { me { email } }', false],
    ['query Ping { health { status } }', false],
    ['mutation Publish($id: ID!) { publishSop(sopId: $id) { id } }', false],
  ])('isPublicRead(%j) is %s', (text, expected) => {
    expect(isPublicRead(text)).toBe(expected);
  });

  // The browser reads documents without a GraphQL runtime (a small pattern); here every document the dashboard sends
  // is read by graphql's parser as the API reads it, and both must agree on mutation and public read.
  const documents: [string, string][] = Object.entries(generated)
    .filter(
      ([name, value]) => value instanceof generated.TypedDocumentString && !name.endsWith('FragmentDoc'),
    )
    .map(([name, value]) => [name, String(value)]);
  it('has the codegen documents to check', () => {
    expect(documents.length).toBeGreaterThan(20);
  });
  it.each(documents)('%s: isMutation and isPublicRead agree with the GraphQL parser', (_name, text) => {
    const operations = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(1);
    const [operation] = operations;
    const [first] = operation?.selectionSet.selections ?? [];
    const rootField = first?.kind === Kind.FIELD ? first.name.value : null;
    expect(isMutation(text)).toBe(operation?.operation === OperationTypeNode.MUTATION);
    expect(isPublicRead(text)).toBe(
      operation?.operation === OperationTypeNode.QUERY &&
        rootField !== null &&
        GET_QUERY_FIELDS.has(rootField),
    );
  });

  it('sends a public read as GET with query and variables in the URL, the CSRF header and no body', async () => {
    let url = '';
    let init: RequestInit | null = null;
    const capture = ((given: string, options: RequestInit) => {
      url = given;
      init = options;
      return Promise.resolve(new Response(JSON.stringify({ data: { werkgebieden: [] } })));
    }) as unknown as typeof fetch;
    const text = 'query W($y: String) { werkgebieden { code } }';
    await request(
      text as unknown as TypedDocument<unknown, { y: string }>,
      { y: '2024-2025' },
      { fetchFn: capture },
    );
    const sent = init as RequestInit | null;
    expect(sent?.method).toBe('GET');
    expect(sent?.body).toBeUndefined();
    const headers = sent?.headers as Record<string, string>;
    expect(headers[CSRF_HEADER]).toBe('1');
    expect(headers['content-type']).toBeUndefined();
    const params = new URL(url, 'http://localhost').searchParams;
    expect(params.get('query')).toBe(text);
    expect(JSON.parse(params.get('variables') ?? 'null')).toEqual({ y: '2024-2025' });
  });

  it('sends a public read whose URL would be too long as POST', () => {
    const long = `query { schools(filter: { text: "${'x'.repeat(MAX_GET_URL)}" }) { totalCount } }`;
    expect(getUrl('/graphql', long, {})).toBeNull();
    expect(getUrl('/graphql', '{ werkgebieden { code } }', {})).toBe(
      '/graphql?query=%7B+werkgebieden+%7B+code+%7D+%7D',
    );
  });
});
