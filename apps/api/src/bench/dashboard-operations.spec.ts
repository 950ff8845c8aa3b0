import { BENCH_OPERATIONS, dashboardDocuments, parseDashboardOperations } from './dashboard-operations';

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
