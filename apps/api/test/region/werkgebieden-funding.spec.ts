import { DEMO_LAYOUT } from '@sop-atlas/region-data';
import { graphql } from '../graphql-request';
import { SqlCounter } from '../sql-counter';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'werkgebied-test-staff-token-01234';

interface FundingResult {
  calendarYear: number;
  statedAmount: number | null;
  pupils: number | null;
  referenceDate: string | null;
  expectedAmount: number | null;
  deviation: { absolute: number; relative: number | null } | null;
  perPupil: number | null;
  parameters: { basePerLocation: number; perPupil: number; note: string | null } | null;
}

const FUNDING_FIELDS = `calendarYear statedAmount pupils referenceDate expectedAmount deviation { absolute relative }
  perPupil parameters { basePerLocation perPupil note }`;

describe('werkgebieden and funding', () => {
  let app: TestApp;
  const counter = new SqlCounter();

  beforeAll(async () => {
    app = await startTestApp({ seed: true, sqlLogger: counter, env: { STAFF_TOKEN } });
  });
  afterAll(() => app.close());

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphql<T>(app.url, query, variables, token);

  it('lists the 10 werkgebieden with school counts per kind', async () => {
    const result = await gql<{
      werkgebieden: {
        code: string;
        schoolCount: number;
        baoCount: number;
        sboCount: number;
        soCount: number;
        demoSchoolCount: number;
      }[];
    }>(
      `{ werkgebieden { code name gemeenteCode schoolCount baoCount sboCount soCount demoSchoolCount manualCount } }`,
    );
    expect(result.errors).toBeUndefined();
    const list = result.data?.werkgebieden ?? [];
    expect(list).toHaveLength(10);
    for (const w of list) {
      const layout = DEMO_LAYOUT[w.code as keyof typeof DEMO_LAYOUT];
      // The one real school, Basisschool Jeroen (BAO, 2524 CK), is seeded in Laak.
      const real = w.code === 'laak' ? 1 : 0;
      expect({ bao: w.baoCount, sbo: w.sboCount, so: w.soCount }).toEqual({
        bao: layout.BAO + real,
        sbo: layout.SBO,
        so: layout.SO,
      });
      expect(w.schoolCount).toBe(layout.BAO + layout.SBO + layout.SO + real);
      expect(w.demoSchoolCount).toBe(w.schoolCount - real);
    }
  });

  it('setSchoolWerkgebied: staff only, marks the choice manual, refuses an unknown code with the argument', async () => {
    const [jeroen] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM school WHERE NOT is_demo`);
    const mutation = `mutation($id: ID!, $w: String) { setSchoolWerkgebied(schoolId: $id, werkgebied: $w) {
      id werkgebiedCode werkgebiedSource demoNotice } }`;
    const anonymous = await gql(mutation, { id: jeroen?.id, w: 'segbroek' });
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);

    const ok = await gql<{ setSchoolWerkgebied: Record<string, unknown> }>(
      mutation,
      { id: jeroen?.id, w: 'segbroek' },
      STAFF_TOKEN,
    );
    expect(ok.data?.setSchoolWerkgebied).toEqual({
      id: jeroen?.id,
      werkgebiedCode: 'segbroek',
      werkgebiedSource: 'manual',
      demoNotice: null,
    });

    const unknown = await gql(mutation, { id: jeroen?.id, w: 'wassenaar' }, STAFF_TOKEN);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'werkgebied' });
    const missing = await gql(mutation, { id: 'geen-uuid', w: 'laak' }, STAFF_TOKEN);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'schoolId' });
    const [after] = await app.dataSource.query<{ werkgebied_code: string }[]>(
      `SELECT werkgebied_code FROM school WHERE id = $1`,
      [jeroen?.id],
    );
    expect(after?.werkgebied_code).toBe('segbroek');
  });

  it('School.funding and Sop.funding compare the stated amount with the formula and the pupils of 1 October', async () => {
    const [demo] = await app.dataSource.query<{ id: string; amount: string; pupils: number }[]>(
      `SELECT s.id, sop.funding_amount AS amount, pc.total AS pupils
       FROM school s JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.funding_year = 2023
       JOIN pupil_count pc ON pc.school_id = s.id AND pc.reference_date = '2023-10-01'
       WHERE s.is_demo ORDER BY s.name LIMIT 1`,
    );
    expect(demo).toBeDefined();
    const stated = Number(demo?.amount);
    const pupils = demo?.pupils ?? 0;
    const expected = 7000 + 106 * pupils;
    const result = await gql<{
      school: {
        demoNotice: string | null;
        funding: FundingResult;
        sops: { funding: FundingResult | null; schoolYear: string }[];
      };
    }>(
      `query($id: ID!) { school(id: $id) { demoNotice funding(calendarYear: 2023) { ${FUNDING_FIELDS} }
         sops { schoolYear funding { ${FUNDING_FIELDS} } } } }`,
      { id: demo?.id },
    );
    expect(result.errors).toBeUndefined();
    const funding = result.data?.school.funding;
    expect(result.data?.school.demoNotice).toContain('Fictieve demoschool');
    expect(funding).toEqual({
      calendarYear: 2023,
      statedAmount: stated,
      pupils,
      referenceDate: '2023-10-01',
      expectedAmount: expected,
      deviation: {
        absolute: Math.round((stated - expected) * 100) / 100,
        relative: Math.round(((stated - expected) / expected) * 10_000) / 10_000,
      },
      perPupil: Math.round((stated / pupils) * 100) / 100,
      parameters: { basePerLocation: 7000, perPupil: 106, note: expect.any(String) as string },
    });
    const sop2023 = result.data?.school.sops.find((s) => s.schoolYear === '2023-2024');
    expect(sop2023?.funding).toEqual(funding);
  });

  it('Jeroen: stated EUR 46,130 for 2023 without a pupil count shows no expected amount', async () => {
    const result = await gql<{ schools: { edges: { node: { funding: FundingResult | null } }[] } }>(
      `{ schools(filter: { isDemo: false }) { edges { node { funding { ${FUNDING_FIELDS} } } } } }`,
    );
    expect(result.data?.schools.edges[0]?.node.funding).toMatchObject({
      calendarYear: 2023,
      statedAmount: 46130,
      pupils: null,
      expectedAmount: null,
      deviation: null,
      perPupil: null,
      parameters: { basePerLocation: 7000, perPupil: 106 },
    });
  });

  it('setFundingParameters validates, is staff only, and the new formula is used', async () => {
    const mutation = `mutation($y: Int!, $b: Float!, $p: Float!, $n: String) {
      setFundingParameters(calendarYear: $y, basePerLocation: $b, perPupil: $p, note: $n) {
        calendarYear basePerLocation perPupil note } }`;
    const anonymous = await gql(mutation, { y: 2024, b: 8000, p: 120 });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const badYear = await gql(mutation, { y: 1900, b: 8000, p: 120 }, STAFF_TOKEN);
    expect(badYear.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'calendarYear',
    });
    const negative = await gql(mutation, { y: 2024, b: -1, p: 120 }, STAFF_TOKEN);
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'basePerLocation',
    });
    const cents = await gql(mutation, { y: 2024, b: 8000, p: 120.555 }, STAFF_TOKEN);
    expect(cents.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'perPupil' });
    const ok = await gql<{ setFundingParameters: unknown }>(
      mutation,
      { y: 2024, b: 8000, p: 120, n: 'SPPOH begroting 2024' },
      STAFF_TOKEN,
    );
    expect(ok.data?.setFundingParameters).toEqual({
      calendarYear: 2024,
      basePerLocation: 8000,
      perPupil: 120,
      note: 'SPPOH begroting 2024',
    });
    const [school] = await app.dataSource.query<{ id: string; pupils: number }[]>(
      `SELECT s.id, pc.total AS pupils FROM school s JOIN pupil_count pc ON pc.school_id = s.id
       AND pc.reference_date = '2024-10-01' ORDER BY s.name LIMIT 1`,
    );
    const result = await gql<{ school: { funding: FundingResult } }>(
      `query($id: ID!) { school(id: $id) { funding(calendarYear: 2024) { expectedAmount } } }`,
      { id: school?.id },
    );
    expect(result.data?.school.funding.expectedAmount).toBe(8000 + 120 * (school?.pupils ?? 0));
    const tooFar = await gql(
      `query($id: ID!) { school(id: $id) { funding(calendarYear: 3000) { pupils } } }`,
      {
        id: school?.id,
      },
    );
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'calendarYear',
    });
  });

  it('funding of a page of schools costs the same number of statements for 5 and 50 schools', async () => {
    const run = async (first: number): Promise<number> => {
      counter.reset();
      const result = await gql(
        `query($first: Int) { schools(first: $first) { edges { node { funding(calendarYear: 2023) { expectedAmount }
           sops { funding { perPupil } } } } } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      return counter.count;
    };
    expect(await run(50)).toBe(await run(5));
  });
});
