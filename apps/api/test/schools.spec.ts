import { createPupilCount, createSchool, createSchools, createSop, sopDocument } from './factories';
import { graphql, graphqlData } from './graphql-request';
import { startTestApp, type TestApp } from './test-app';

interface SchoolsPage {
  schools: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { name: string } }[];
  };
}

const PAGE = `query ($first: Int, $after: String, $filter: SchoolFilter) {
  schools(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } }
  }
}`;

describe('schools and school queries', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('pages through all schools by name with a cursor, and counts them all', async () => {
    await createSchools(app.dataSource, 30, 'Pagina');
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: SchoolsPage = await graphqlData<SchoolsPage>(app.url, PAGE, { first: 12, after });
      expect(page.schools.totalCount).toBe(30);
      names.push(...page.schools.edges.map((e) => e.node.name));
      after = page.schools.pageInfo.hasNextPage ? page.schools.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(pages).toBe(3);
    expect(names).toHaveLength(30);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(30);
  });

  it('defaults to 25 per page', async () => {
    const page = await graphqlData<SchoolsPage>(app.url, PAGE);
    expect(page.schools.edges).toHaveLength(25);
    expect(page.schools.pageInfo.hasNextPage).toBe(true);
  });

  it.each([0, -1, 201])('refuses first: %i with BAD_USER_INPUT naming the argument', async (first) => {
    const result = await graphql(app.url, PAGE, { first });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(result.errors?.[0]?.message).toContain('tussen 1 en 200');
  });

  it('accepts first: 200', async () => {
    const page = await graphqlData<SchoolsPage>(app.url, PAGE, { first: 200 });
    expect(page.schools.edges).toHaveLength(30);
    expect(page.schools.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: page.schools.edges.at(-1)?.cursor,
    });
  });

  it('refuses a malformed cursor', async () => {
    const result = await graphql(app.url, PAGE, { after: 'not-a-cursor' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('filters by werkgebied, kind and demo flag', async () => {
    await createSchool(app.dataSource, {
      name: 'Zz SBO Loosduinen',
      kind: 'SBO',
      werkgebiedCode: 'loosduinen',
    });
    await createSchool(app.dataSource, {
      name: 'Zz Demo',
      kind: 'SO',
      isDemo: true,
      werkgebiedCode: 'loosduinen',
    });
    const byArea = await graphqlData<SchoolsPage>(app.url, PAGE, {
      filter: { werkgebieden: ['loosduinen'] },
    });
    expect(byArea.schools.edges.map((e) => e.node.name)).toEqual(['Zz Demo', 'Zz SBO Loosduinen']);
    const sbo = await graphqlData<SchoolsPage>(app.url, PAGE, { filter: { kinds: ['SBO'] } });
    expect(sbo.schools.totalCount).toBe(1);
    const real = await graphqlData<SchoolsPage>(app.url, PAGE, {
      filter: { isDemo: false, werkgebieden: ['loosduinen'] },
    });
    expect(real.schools.edges.map((e) => e.node.name)).toEqual(['Zz SBO Loosduinen']);
    const empty = await graphqlData<SchoolsPage>(app.url, PAGE, { filter: { werkgebieden: [] } });
    expect(empty.schools.totalCount).toBe(32);
  });

  it('returns one school with werkgebied, pupil count history and SOP years', async () => {
    const school = await createSchool(app.dataSource, { name: 'Detailschool', werkgebiedCode: 'segbroek' });
    await createPupilCount(app.dataSource, school.id, '2022-10-01', 301);
    await createPupilCount(app.dataSource, school.id, '2023-10-01', 312);
    await createSop(app.dataSource, school.id, sopDocument('2022-2023'));
    await createSop(app.dataSource, school.id, sopDocument('2023-2024'));
    const data = await graphqlData<{ school: Record<string, unknown> }>(
      app.url,
      `query ($id: ID!) { school(id: $id) {
        id name kind isDemo werkgebied { code name gemeenteCode }
        pupilCounts { referenceDate total suppressed } latestPupilCount { referenceDate total } pupilCount
        sops { schoolYear status version }
      } }`,
      { id: school.id },
    );
    expect(data.school).toEqual({
      id: school.id,
      name: 'Detailschool',
      kind: 'BAO',
      isDemo: false,
      werkgebied: { code: 'segbroek', name: 'Segbroek', gemeenteCode: '0518' },
      pupilCounts: [
        { referenceDate: '2023-10-01', total: 312, suppressed: false },
        { referenceDate: '2022-10-01', total: 301, suppressed: false },
      ],
      latestPupilCount: { referenceDate: '2023-10-01', total: 312 },
      pupilCount: 312,
      sops: [
        { schoolYear: '2023-2024', status: 'PUBLISHED', version: 1 },
        { schoolYear: '2022-2023', status: 'PUBLISHED', version: 1 },
      ],
    });
  });

  it.each([
    ['an unknown uuid', '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', 'nope'],
  ])('answers NOT_FOUND for %s, naming the argument', async (_case, id) => {
    const result = await graphql(
      app.url,
      `
        query ($id: ID!) {
          school(id: $id) {
            name
          }
        }
      `,
      { id },
    );
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      message: `School met id '${id}' bestaat niet`,
      path: ['school'],
      extensions: { code: 'NOT_FOUND', argument: 'id' },
    });
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});
