import { BENCH_OPERATIONS, dashboardDocuments, parseDashboardOperations } from './dashboard-operations';
import { dashboardGetPath } from './load-phase';

describe('the dashboard operations the bench sends', () => {
  it('are read from the generated client, each the named operation with its fragments', () => {
    const docs = dashboardDocuments();
    expect(Object.keys(docs).sort()).toEqual([...BENCH_OPERATIONS].sort());
    expect(docs.RegionOverview).toMatch(/^query RegionOverview\(/);
    // SchoolSop spreads a fragment: its definition travels with it
    expect(docs.SchoolSop).toContain('fragment SopFields on Sop');
  });

  it('a document whose operation has another name is refused, naming it', () => {
    const source = 'export const FooDocument = new TypedDocumentString(`query Bar { me { id } }`)';
    expect(() => parseDashboardOperations(source, 'x.ts')).toThrow('x.ts: document FooDocument');
  });

  it('a file without documents is refused', () => {
    expect(() => parseDashboardOperations('export const x = 1;', 'x.ts')).toThrow('geen GraphQL-documenten');
  });
});

describe('the load phase sends each operation as the dashboard client does', () => {
  const docs = dashboardDocuments();

  it('public reads as GET with query and variables in the URL (the path the API keeps answers for)', () => {
    const path = dashboardGetPath(docs.RegionOverview, { schoolYear: '2025-2026', werkgebied: null });
    expect(path).not.toBeNull();
    const url = new URL(path ?? '', 'http://x');
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toBe(docs.RegionOverview);
    expect(JSON.parse(url.searchParams.get('variables') ?? '')).toEqual({
      schoolYear: '2025-2026',
      werkgebied: null,
    });
  });

  it('no variables: no variables parameter', () => {
    const path = dashboardGetPath('query { werkgebieden { code } }', {});
    expect(new URL(path ?? '', 'http://x').searchParams.has('variables')).toBe(false);
  });

  it('mutations, other root fields and URLs longer than the dashboard allows go as POST', () => {
    expect(dashboardGetPath('mutation { logout }', {})).toBeNull();
    expect(dashboardGetPath('query { me { id } }', {})).toBeNull();
    expect(dashboardGetPath(docs.FindSchools, { filter: { text: 'x'.repeat(7000) } })).toBeNull();
  });

  // each of these misled the earlier reading (the first word after the first `{`)
  it.each([
    [
      'a fragment before the operation',
      'fragment F on School { name } query Q { school(id: "1") { ...F } }',
      true,
    ],
    ['a comment with a brace', '# { me }\nquery { school(id: "1") { name } }', true],
    [
      'a default value that is an object',
      'query Q($f: SchoolFilter = { text: "x" }) { schools(filter: $f) { totalCount } }',
      true,
    ],
    ['a comment naming a public field', '# { school }\nquery { me { id } }', false],
    ['a subscription', 'subscription { school(id: "1") { name } }', false],
    [
      'two operations (which one is sent is not known)',
      'query A { school(id: "1") { name } } query B { me { id } }',
      false,
    ],
    ['text that does not parse', 'query { school(id: "1") { name }', false],
  ])('the root field is read as the API reads it: %s', (_case, query, get) => {
    expect(dashboardGetPath(query, {}) !== null).toBe(get);
  });
});
