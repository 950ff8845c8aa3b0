import { graphql, graphqlData } from '../graphql-request';
import { type TestApp } from '../test-app';
import { startDemoApp } from './demo-app';

const DETAIL = `query ($id: ID!, $year: String) { school(id: $id) {
  id
  sop(schoolYear: $year) { schoolYear status provenance { path source } warnings { path code } }
  latest: sop { schoolYear }
  history { kind code label values { schoolYear value } }
  pupilCounts { referenceDate total }
} }`;

interface Detail {
  school: {
    id: string;
    sop: { schoolYear: string; status: string; provenance: { path: string }[]; warnings: unknown[] } | null;
    latest: { schoolYear: string } | null;
    history: {
      kind: string;
      code: string;
      label: string;
      values: { schoolYear: string; value: string | null }[];
    }[];
    pupilCounts: unknown[];
  };
}

describe('school detail: sop(schoolYear) and history (demo region)', () => {
  let app: TestApp;
  let schoolId: string;
  beforeAll(async () => {
    app = await startDemoApp();
    const [row] = await app.dataSource.query<{ school_id: string }[]>(
      `SELECT school_id FROM sop WHERE status = 'published' GROUP BY school_id ORDER BY count(*) DESC, school_id LIMIT 1`,
    );
    schoolId = row?.school_id ?? '';
  });
  afterAll(() => app.close());

  it('gives the SOP of any year with provenance, the latest published one, and every item per year as SQL', async () => {
    const years = await app.dataSource.query<{ school_year: string }[]>(
      `SELECT school_year FROM sop WHERE school_id = $1 AND status = 'published' ORDER BY school_year`,
      [schoolId],
    );
    expect(years.length).toBeGreaterThanOrEqual(2);
    const oldest = years[0]?.school_year;
    const data = await graphqlData<Detail>(app.url, DETAIL, { id: schoolId, year: oldest });
    expect(data.school.sop?.schoolYear).toBe(oldest);
    expect(data.school.sop?.provenance.length).toBeGreaterThan(0);
    expect(data.school.latest?.schoolYear).toBe(years.at(-1)?.school_year);
    expect(data.school.history).toHaveLength(7 + 12 + 11 + 9);

    const truth = await app.dataSource.query<{ school_year: string; value: string | null }[]>(
      `SELECT sop.school_year, e.availability_kind AS value FROM sop
       LEFT JOIN sop_expertise e ON e.sop_id = sop.id AND e.code = 'autisme'
       WHERE sop.school_id = $1 AND sop.status = 'published' ORDER BY sop.school_year`,
      [schoolId],
    );
    const autism = data.school.history.find((h) => h.kind === 'expertise' && h.code === 'autisme');
    expect(autism?.values).toEqual(truth.map((t) => ({ schoolYear: t.school_year, value: t.value })));
    const partners = await app.dataSource.query<{ school_year: string; value: string | null }[]>(
      `SELECT sop.school_year, p.frequency AS value FROM sop
       LEFT JOIN sop_partner p ON p.sop_id = sop.id AND p.code = 'logopedie'
       WHERE sop.school_id = $1 AND sop.status = 'published' ORDER BY sop.school_year`,
      [schoolId],
    );
    const speech = data.school.history.find((h) => h.kind === 'partner' && h.code === 'logopedie');
    expect(speech?.values).toEqual(partners.map((t) => ({ schoolYear: t.school_year, value: t.value })));
  });

  it('answers null for a year without an SOP and BAD_USER_INPUT for a malformed year', async () => {
    const none = await graphqlData<Detail>(app.url, DETAIL, { id: schoolId, year: '1999-2000' });
    expect(none.school.sop).toBeNull();
    const bad = await graphql(app.url, DETAIL, { id: schoolId, year: '2023' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
  });
});
