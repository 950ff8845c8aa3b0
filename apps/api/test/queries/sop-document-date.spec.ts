/**
 * The SOP document's own date: read by the importer, stored beside the publication date, exposed as
 * `Sop.documentDate`, and used for staleness with one definition for the overview's "Verouderd SOP", the search's
 * `status: STALE` and the profile's `School.staleSop`.
 */
import fs from 'node:fs';
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { sopAsOfYear } from '@sop-atlas/sop-model';
import { loadDemoRegion } from '../../src/demo/demo-loader';
import { sopAsOfYearSql } from '../../src/schools/sop-state-sql';
import { graphqlData } from '../graphql-request';
import { describeWithRealSop, REAL_SOP, STAFF_TOKEN } from '../imports/real-sop';
import { staffData, uploadSop } from '../imports/staff-requests';
import { createSchool } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const YEAR = '2023-2024';
const OVERVIEW = `query ($schoolYear: String!) {
  regionOverview(schoolYear: $schoolYear) { dataHealth { staleSops { count schools { id value detail } } } }
}`;
const STALE_IDS = `query ($schoolYear: String!) {
  schools(filter: { status: STALE, schoolYear: $schoolYear }, first: 200) { totalCount edges { node { id } } }
}`;
const PROFILE = `query ($id: ID!, $schoolYear: String) {
  school(id: $id) {
    staleSop(schoolYear: $schoolYear) { schoolYear documentDate documentDateKind asOfYear staleYears }
    sop(schoolYear: $schoolYear) { schoolYear documentDate documentDateKind publishedAt }
  }
}`;

interface Overview {
  regionOverview: {
    dataHealth: { staleSops: { count: number; schools: { id: string; value: number; detail: string }[] } };
  };
}
interface Profile {
  school: {
    staleSop: {
      schoolYear: string;
      documentDate: string | null;
      documentDateKind: string | null;
      asOfYear: number;
      staleYears: number;
    } | null;
    sop: { schoolYear: string; documentDate: string | null; documentDateKind: string | null } | null;
  };
}

describeWithRealSop("an SOP's own date read on upload", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
    await createSchool(app.dataSource, { name: 'Basisschool Jeroen', postcode: '2524CK' });
  });
  afterAll(async () => {
    shutdownImportWorkers();
    await app.close();
  });

  it('is read from an uploaded document, stored with its kind, and none is invented for one without', async () => {
    const text = fs
      .readFileSync(REAL_SOP ?? '', 'utf8')
      .replace(/^Vastgesteld door bestuur Datum:.*$/m, 'Vastgesteld door bestuur Datum: 12 maart 2024');
    const { status, body } = await uploadSop(app.url, [
      { name: 'jeroen-vastgesteld.txt', bytes: Buffer.from(text) },
    ]);
    expect(status).toBe(200);
    const [result] = body.results;
    expect(result?.status).toBe('imported');
    const [row] = await app.dataSource.query<{ document_date: string; document_date_kind: string }[]>(
      `SELECT document_date::text, document_date_kind FROM sop WHERE id = $1`,
      [result?.sopId],
    );
    expect(row).toEqual({ document_date: '2024-03-12', document_date_kind: 'adopted' });
    const seen = await staffData<Profile>(app.url, PROFILE, { id: result?.schoolId, schoolYear: YEAR });
    expect(seen.school.sop).toMatchObject({ documentDate: '2024-03-12', documentDateKind: 'ADOPTED' });
    // the real SOP as it is (its date fields empty) gets no date: null, never the day it was loaded
    const other = await createSchool(app.dataSource, { name: 'Basisschool Jeroen', postcode: '2524CK' });
    await app.dataSource.query(`DELETE FROM school WHERE id = $1`, [result?.schoolId]);
    const plain = await uploadSop(app.url, [{ name: 'jeroen.txt', bytes: fs.readFileSync(REAL_SOP ?? '') }]);
    expect(plain.body.results[0]).toMatchObject({ status: 'imported', schoolId: other.id });
    const [none] = await app.dataSource.query<{ document_date: string | null }[]>(
      `SELECT document_date::text FROM sop WHERE id = $1`,
      [plain.body.results[0]?.sopId],
    );
    expect(none).toEqual({ document_date: null });
  });
  it('leaves a date in doubt empty with the dates it could mean, and a reviewer picks one', async () => {
    const text = fs
      .readFileSync(REAL_SOP ?? '', 'utf8')
      .replace(
        /^Vastgesteld door bestuur Datum:.*$/m,
        'Vastgesteld door bestuur Datum: 12-03-2024 / 19-03-2024',
      );
    const { body } = await uploadSop(app.url, [{ name: 'jeroen-twee-data.txt', bytes: Buffer.from(text) }]);
    const [result] = body.results;
    expect(result?.status).toBe('imported');
    expect(result?.warnings).toContainEqual(
      expect.objectContaining({ path: 'documentDate', candidates: ['2024-03-12', '2024-03-19'] }),
    );
    const [before] = await app.dataSource.query<{ document_date: string | null }[]>(
      `SELECT document_date::text FROM sop WHERE id = $1`,
      [result?.sopId],
    );
    expect(before).toEqual({ document_date: null });
    const corrected = await staffData<{ correctSopField: { id: string } }>(
      app.url,
      `mutation($id: ID!, $v: Int!) {
        correctSopField(sopId: $id, path: "documentDate", value: "2024-03-19", expectedVersion: $v) { id } }`,
      { id: result?.sopId, v: result?.version },
    );
    const [after] = await app.dataSource.query<{ document_date: string; document_date_kind: string }[]>(
      `SELECT document_date::text, document_date_kind FROM sop WHERE id = $1`,
      [corrected.correctSopField.id],
    );
    expect(after).toEqual({ document_date: '2024-03-19', document_date_kind: 'adopted' });
  });
});

describe("an SOP's own date and staleness (demo region)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STALE_SOP_YEARS: '2' } });
    await app.dataSource.transaction((manager) => loadDemoRegion(manager));
  });
  afterAll(() => app.close());

  it("states the year an SOP speaks for as sop-model's sopAsOfYear does (one rule in SQL and TypeScript)", async () => {
    const cases: [string, string | null][] = [
      ['2023-2024', null],
      ['2023-2024', '2024-03-12'],
      ['2024-2025', '2024-06-20'],
      ['2023-2024', '2022-12-01'],
      ['2023-2024', '2019-07-01'],
    ];
    const rows = await app.dataSource.query<{ as_of: number }[]>(
      `SELECT ${sopAsOfYearSql('x')} AS as_of
       FROM unnest($1::text[], $2::date[]) WITH ORDINALITY AS x(school_year, document_date, n) ORDER BY n`,
      [cases.map((c) => c[0]), cases.map((c) => c[1])],
    );
    expect(rows.map((r) => r.as_of)).toEqual(cases.map(([year, date]) => sopAsOfYear(year, date)));
  });

  it('makes a school stale when its newest SOP was adopted long before its school year: overview, search and profile agree', async () => {
    // a school whose newest published SOP up to 2023-2024 is of 2023-2024 itself: fresh by its school year
    const [candidate] = await app.dataSource.query<{ school_id: string; id: string }[]>(
      `SELECT sop.school_id, sop.id FROM sop JOIN school s ON s.id = sop.school_id
       WHERE sop.status = 'published' AND sop.school_year = $1 AND s.werkgebied_code IS NOT NULL
         AND sop.document_date IS NULL ORDER BY s.name LIMIT 1`,
      [YEAR],
    );
    expect(candidate).toBeDefined();
    const schoolId = candidate?.school_id ?? '';
    const staleIds = async (): Promise<string[]> =>
      (
        await graphqlData<{ schools: { edges: { node: { id: string } }[] } }>(app.url, STALE_IDS, {
          schoolYear: YEAR,
        })
      ).schools.edges.map((e) => e.node.id);
    const overview = async (): Promise<Overview['regionOverview']['dataHealth']['staleSops']> =>
      (await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR })).regionOverview.dataHealth
        .staleSops;
    const profile = async (): Promise<Profile['school']['staleSop']> =>
      (await graphqlData<Profile>(app.url, PROFILE, { id: schoolId, schoolYear: YEAR })).school.staleSop;

    const before = await overview();
    expect(await staleIds()).not.toContain(schoolId);
    expect(before.schools.map((s) => s.id)).not.toContain(schoolId);
    expect(await profile()).toBeNull();

    // its document says it was adopted in 2020: three years before 2023, more than the term of 2
    await app.dataSource.query(
      `UPDATE sop SET document_date = '2020-06-15', document_date_kind = 'adopted' WHERE id = $1`,
      [candidate?.id],
    );
    const after = await overview();
    const ids = await staleIds();
    expect(after.count).toBe(before.count + 1);
    expect(ids).toHaveLength(after.count);
    expect([...ids].sort()).toEqual(after.schools.map((s) => s.id).sort());
    expect(after.schools.find((s) => s.id === schoolId)).toEqual({ id: schoolId, value: 3, detail: YEAR });
    expect(await profile()).toEqual({
      schoolYear: YEAR,
      documentDate: '2020-06-15',
      documentDateKind: 'ADOPTED',
      asOfYear: 2020,
      staleYears: 2,
    });
    // every school the overview counts stale is stale on its profile too (one definition)
    for (const id of ids.slice(0, 10)) {
      const p = (await graphqlData<Profile>(app.url, PROFILE, { id, schoolYear: YEAR })).school.staleSop;
      expect(p).not.toBeNull();
    }

    // a date later than its school year's start does not make an SOP younger than its school year
    await app.dataSource.query(
      `UPDATE sop SET document_date = '2024-06-15', document_date_kind = 'adopted' WHERE id = $1`,
      [candidate?.id],
    );
    expect((await overview()).count).toBe(before.count);
    expect(await profile()).toBeNull();
  });
});
