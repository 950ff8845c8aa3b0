import ExcelJS from 'exceljs';
import { WERKGEBIED_CODES } from '@sop-atlas/sop-model';
import { graphql, graphqlData } from '../graphql-request';
import { type TestApp } from '../test-app';
import { startDemoApp } from './demo-app';

const COMPARE = `query ($ids: [ID!]!, $schoolYear: String) {
  compareSchools(ids: $ids, schoolYear: $schoolYear) {
    schoolYear schools { school { id name werkgebiedCode } sopId schoolYear }
    rows { kind code label differs regionShare values { schoolId value has werkgebiedShare } }
  }
}`;

const OVERVIEW = `query ($schoolYear: String!, $werkgebied: String, $minimumSchools: Int) {
  regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied, minimumSchools: $minimumSchools) {
    schoolYear schools schoolsWithSop
    items { kind code region { schools withItem share pupils } werkgebieden { werkgebiedCode schools withItem pupils }
            gaps { werkgebiedCode withItem pupils } pupilsInGaps }
    funding { overall { group schools min q1 median q3 max outliers { id name value } }
              byKind { group schools median } bySize { group schools median } }
    dataHealth { withoutPublishedSop { count schools { id } } staleSops { count } unresolvedWarnings { count }
                 awaitingReview { count schools { detail } } }
    trends { kind code points { schoolYear schools withItem share } }
  }
}`;

interface CompareRow {
  kind: string;
  code: string;
  differs: boolean;
  regionShare: number | null;
  values: { schoolId: string; value: string | null; has: boolean; werkgebiedShare: number | null }[];
}
interface Comparison {
  compareSchools: {
    schoolYear: string | null;
    schools: { school: { id: string; werkgebiedCode: string | null }; sopId: string | null }[];
    rows: CompareRow[];
  };
}
interface Count {
  werkgebiedCode?: string | null;
  schools: number;
  withItem: number;
  share?: number | null;
  pupils: number;
}
interface Overview {
  regionOverview: {
    schools: number;
    schoolsWithSop: number;
    items: {
      kind: string;
      code: string;
      region: Count;
      werkgebieden: Count[];
      gaps: Count[];
      pupilsInGaps: number;
    }[];
    funding: {
      overall: {
        schools: number;
        min: number;
        q1: number;
        median: number;
        q3: number;
        max: number;
        outliers: { id: string; value: number }[];
      };
      byKind: { group: string; schools: number }[];
      bySize: { group: string; schools: number }[];
    };
    dataHealth: Record<string, { count: number; schools: { id?: string; detail?: string | null }[] }>;
    trends: {
      kind: string;
      code: string;
      points: { schoolYear: string; schools: number; withItem: number }[];
    }[];
  };
}

describe('compareSchools and regionOverview (demo region)', () => {
  let app: TestApp;
  let ids: string[];
  beforeAll(async () => {
    app = await startDemoApp();
    const rows = await app.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM school s WHERE EXISTS (SELECT 1 FROM sop WHERE sop.school_id = s.id AND sop.status = 'published'
         AND sop.school_year = '2023-2024') ORDER BY s.name LIMIT 6`,
    );
    ids = rows.map((r) => r.id);
  });
  afterAll(() => app.close());

  it('aligns every catalog item for 6 schools with values, differs and shares equal to SQL', async () => {
    const data = await graphqlData<Comparison>(app.url, COMPARE, { ids, schoolYear: '2023-2024' });
    const result = data.compareSchools;
    expect(result.schools.map((s) => s.school.id)).toEqual(ids);
    expect(result.rows).toHaveLength(7 + 12 + 11 + 9);
    const truth = await app.dataSource.query<{ school_id: string; value: string | null }[]>(
      `SELECT sop.school_id, e.availability_kind AS value FROM sop JOIN sop_expertise e ON e.sop_id = sop.id
       WHERE sop.school_id = ANY($1) AND sop.school_year = '2023-2024' AND sop.status = 'published'
         AND e.code = 'autisme'`,
      [ids],
    );
    const autism = result.rows.find((r) => r.kind === 'expertise' && r.code === 'autisme');
    const expected = ids.map((id) => truth.find((t) => t.school_id === id)?.value ?? null);
    expect(autism?.values.map((v) => v.value)).toEqual(expected);
    expect(autism?.values.map((v) => v.has)).toEqual(expected.map((v) => v === 'in-team'));
    expect(autism?.differs).toBe(new Set(expected).size > 1);
    const [share] = await app.dataSource.query<{ region: number; area: number }[]>(
      `WITH c AS (SELECT s.id, s.werkgebied_code, sop.id AS sop_id FROM school s JOIN sop ON sop.school_id = s.id
                  AND sop.status = 'published' AND sop.school_year = '2023-2024' WHERE s.werkgebied_code IS NOT NULL)
       SELECT avg((EXISTS (SELECT 1 FROM sop_expertise e WHERE e.sop_id = c.sop_id AND e.code = 'autisme'
                   AND e.availability_kind = 'in-team'))::int)::float8 AS region,
              avg((EXISTS (SELECT 1 FROM sop_expertise e WHERE e.sop_id = c.sop_id AND e.code = 'autisme'
                   AND e.availability_kind = 'in-team'))::int) FILTER (WHERE c.werkgebied_code = $1)::float8 AS area
       FROM c`,
      [result.schools[0]?.school.werkgebiedCode],
    );
    expect(autism?.regionShare).toBeCloseTo(share?.region ?? -1, 10);
    expect(autism?.values[0]?.werkgebiedShare).toBeCloseTo(share?.area ?? -1, 10);
  });

  it("shows each compared school's pupils, funding per leerling and SOP date (labelled), on screen and in CSV/XLSX", async () => {
    const [a, b] = ids;
    // one SOP states its own date, the other does not (then the day it was published here counts, so labelled)
    await app.dataSource.query(
      `UPDATE sop SET document_date = '2023-06-20', document_date_kind = 'adopted'
       WHERE school_id = $1 AND status = 'published' AND school_year = '2023-2024'`,
      [a],
    );
    await app.dataSource.query(
      `UPDATE sop SET document_date = NULL, document_date_kind = NULL, published_at = '2024-01-10T09:00:00Z'
       WHERE school_id = $1 AND status = 'published' AND school_year = '2023-2024'`,
      [b],
    );
    const data = await graphqlData<{
      compareSchools: {
        schools: {
          school: {
            id: string;
            pupilCount: number | null;
            sop: { funding: { perPupil: number | null } | null } | null;
          };
          pupils: number | null;
          fundingPerPupil: number | null;
          fundingCalendarYear: number | null;
          sopDate: string | null;
          sopDateSource: string | null;
          sopDateKind: string | null;
        }[];
      };
    }>(
      app.url,
      `query ($ids: [ID!]!) { compareSchools(ids: $ids, schoolYear: "2023-2024") { schools {
         school { id pupilCount sop(schoolYear: "2023-2024") { funding { perPupil } } }
         pupils fundingPerPupil fundingCalendarYear sopDate sopDateSource sopDateKind } } }`,
      { ids: [a, b] },
    );
    const [first, second] = data.compareSchools.schools;
    // the same figures as the profile shows: School.pupilCount and Sop.funding.perPupil (one definition each)
    for (const s of [first, second]) {
      expect(s?.pupils).toBe(s?.school.pupilCount);
      expect(s?.fundingPerPupil).toBe(s?.school.sop?.funding?.perPupil ?? null);
    }
    expect(first?.pupils).toBeGreaterThan(0);
    expect(first?.fundingPerPupil).toBeGreaterThan(0);
    expect(first).toMatchObject({ sopDate: '2023-06-20', sopDateSource: 'DOCUMENT', sopDateKind: 'ADOPTED' });
    expect(second).toMatchObject({ sopDate: '2024-01-10', sopDateSource: 'PUBLISHED', sopDateKind: null });

    const csv = await (
      await fetch(`${app.url}/api/exports/compare.csv?ids=${a},${b}&schoolYear=2023-2024`)
    ).text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    const cells = (label: string): string[] =>
      (lines.find((l) => l.split(';')[1] === label) ?? '').split(';').slice(2, 4);
    const euro = (n: number | null | undefined): string => (n ?? 0).toFixed(2).replace('.', ',');
    expect(cells('Leerlingen (laatste peildatum)')).toEqual([String(first?.pupils), String(second?.pupils)]);
    expect(
      cells('Basisondersteuning per leerling (bedrag in het SOP / leerlingen van dat kalenderjaar)'),
    ).toEqual([euro(first?.fundingPerPupil), euro(second?.fundingPerPupil)]);
    expect(cells('Datum van het SOP')).toEqual(['2023-06-20', '2024-01-10']);
    expect(cells('Welke datum')).toEqual([
      'vastgesteld (volgens het document)',
      'gepubliceerd in SOP Atlas (geen zekere datum in het document)',
    ]);
    // the footnote's definition stays in the share column's header
    expect(lines[0]).toMatch(/Aandeel SPPOH 2023-2024 \(van \d+ scholen met gepubliceerd SOP\)/);

    const xlsx = await fetch(`${app.url}/api/exports/compare.xlsx?ids=${a},${b}&schoolYear=2023-2024`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const rowOf = (label: string): ExcelJS.Row | undefined => {
      let found: ExcelJS.Row | undefined;
      sheet?.eachRow((row) => {
        if (row.getCell(2).value === label) found = row;
      });
      return found;
    };
    expect(rowOf('Leerlingen (laatste peildatum)')?.getCell(3).value).toBe(first?.pupils);
    const perPupil = rowOf(
      'Basisondersteuning per leerling (bedrag in het SOP / leerlingen van dat kalenderjaar)',
    );
    expect(perPupil?.getCell(3).value).toBeCloseTo(first?.fundingPerPupil ?? -1, 6);
    expect(perPupil?.getCell(3).numFmt).toBe('"€" #,##0.00');
    const date = rowOf('Datum van het SOP')?.getCell(3);
    expect(date?.value).toEqual(new Date('2023-06-20T00:00:00Z'));
    expect(date?.numFmt).toBe('dd-mm-yyyy');
  });

  it.each(['2022-2023', '2023-2024'])(
    'schools(filter.status) lists exactly the schools behind each data-health figure of %s, werkgebied by werkgebied',
    async (schoolYear) => {
      const COUNT = `query ($filter: SchoolFilter) { schools(filter: $filter, first: 1) { totalCount } }`;
      for (const werkgebied of [null, 'laak']) {
        const overview = (await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear, werkgebied }))
          .regionOverview;
        const werkgebieden = werkgebied ? [werkgebied] : [...WERKGEBIED_CODES];
        const count = async (status: string | null): Promise<number> =>
          (
            await graphqlData<{ schools: { totalCount: number } }>(app.url, COUNT, {
              filter: { werkgebieden, schoolYear, ...(status ? { status } : {}) },
            })
          ).schools.totalCount;
        expect(await count(null)).toBe(overview.schools);
        expect(await count('PUBLISHED')).toBe(overview.schoolsWithSop);
        expect(await count('MISSING')).toBe(overview.dataHealth['withoutPublishedSop']?.count);
        expect(await count('STALE')).toBe(overview.dataHealth['staleSops']?.count);
        // figures that are not all zero, or the comparison proves little
        if (werkgebied === null) {
          expect(overview.dataHealth['withoutPublishedSop']?.count).toBeGreaterThan(0);
          expect(overview.schoolsWithSop).toBeGreaterThan(0);
        }
      }
    },
  );

  it('one definition per share: compareSchools without a year counts as regionOverview (and its export) does', async () => {
    const all = await app.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM school s WHERE s.werkgebied_code IS NOT NULL ORDER BY s.name LIMIT 3`,
    );
    const compared = (
      await graphqlData<{
        compareSchools: Comparison['compareSchools'] & { shareSchoolYear: string; shareSchools: number };
      }>(
        app.url,
        `query ($ids: [ID!]!) { compareSchools(ids: $ids) {
           shareSchoolYear shareSchools rows { kind code regionShare } } }`,
        { ids: all.map((r) => r.id) },
      )
    ).compareSchools;
    // the overview's default year: the newest one with published SOPs (the demo region has none for the running one)
    const [newest] = await app.dataSource.query<{ year: string }[]>(
      `SELECT max(school_year) AS year FROM sop WHERE status = 'published'`,
    );
    expect(compared.shareSchoolYear).toBe(newest?.year);
    const overview = (
      await graphqlData<Overview>(app.url, OVERVIEW, {
        schoolYear: compared.shareSchoolYear,
        werkgebied: null,
      })
    ).regionOverview;
    expect(compared.shareSchools).toBe(overview.schoolsWithSop);
    expect(compared.rows).toHaveLength(overview.items.length);
    for (const row of compared.rows) {
      const item = overview.items.find((i) => i.kind === row.kind && i.code === row.code);
      expect({ item: `${row.kind}:${row.code}`, share: row.regionShare }).toEqual({
        item: `${row.kind}:${row.code}`,
        share: item?.region.share ?? null,
      });
    }
    // and the share differs from "each school's latest SOP", or this test would not tell the two apart
    const [latest] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(DISTINCT s.id)::int AS n FROM school s JOIN sop ON sop.school_id = s.id AND sop.status = 'published'
       WHERE s.werkgebied_code IS NOT NULL`,
    );
    expect(latest?.n).not.toBe(compared.shareSchools);
  });

  it('schools(filter.status: DRAFT) is refused to anyone but SWV staff, naming the argument', async () => {
    const result = await graphql(
      app.url,
      `
        {
          schools(filter: { status: DRAFT }) {
            totalCount
          }
        }
      `,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('SWV-medewerkers');
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain('filter.status');
  });

  it.each([
    [{ ids: ['00000000-0000-4000-8000-000000000000'] }, 'BAD_USER_INPUT', 'ids'],
    [
      { ids: Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`) },
      'BAD_USER_INPUT',
      'ids',
    ],
    [{ ids: ['@0', '00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND', 'ids[1]'],
    [{ ids: ['@0', '@1'], schoolYear: '2023' }, 'BAD_USER_INPUT', 'schoolYear'],
    [{ ids: ['@0', '@0'] }, 'BAD_USER_INPUT', 'ids[1]'],
  ])('compare %j answers %s naming %s', async (variables, code, argument) => {
    const resolved = {
      ...variables,
      ids: variables.ids.map((id) => (id.startsWith('@') ? ids[Number(id[1])] : id)),
    };
    const result = await graphql(app.url, COMPARE, resolved);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument });
  });

  it('region overview counts, gaps, funding percentiles and data health equal SQL ground truth', async () => {
    const data = await graphqlData<Overview>(app.url, OVERVIEW, {
      schoolYear: '2023-2024',
      minimumSchools: 3,
    });
    const o = data.regionOverview;
    const [totals] = await app.dataSource.query<
      { schools: number; with_sop: number; missing: number; review: number }[]
    >(
      `SELECT count(*)::int AS schools,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM sop WHERE sop.school_id = s.id AND sop.status = 'published'
                AND sop.school_year = '2023-2024'))::int AS with_sop,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sop WHERE sop.school_id = s.id
                AND sop.status = 'published' AND sop.school_year = '2023-2024'))::int AS missing,
              (SELECT count(*) FROM sop WHERE school_year = '2023-2024' AND status IN ('draft', 'in-review'))::int AS review
       FROM school s WHERE s.werkgebied_code IS NOT NULL`,
    );
    expect(o.schools).toBe(205);
    expect(o.schools).toBe(totals?.schools);
    expect(o.schoolsWithSop).toBe(totals?.with_sop);
    expect(o.dataHealth['withoutPublishedSop']?.count).toBe(totals?.missing);
    expect(o.dataHealth['awaitingReview']?.count).toBe(totals?.review);

    const perArea = await app.dataSource.query<
      { werkgebied_code: string; schools: number; with_item: number }[]
    >(
      `SELECT s.werkgebied_code, count(*)::int AS schools,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM sop_facility f WHERE f.sop_id = sop.id
                AND f.code = 'time-out-ruimte' AND f.status = 'aanwezig'))::int AS with_item
       FROM school s JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.school_year = '2023-2024'
       GROUP BY s.werkgebied_code ORDER BY s.werkgebied_code`,
    );
    const timeOut = o.items.find((i) => i.kind === 'facility' && i.code === 'time-out-ruimte');
    expect(timeOut?.werkgebieden).toHaveLength(10);
    expect(
      timeOut?.werkgebieden
        .map((w) => [w.werkgebiedCode, w.schools, w.withItem])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(perArea.map((r) => [r.werkgebied_code, r.schools, r.with_item]));
    expect(timeOut?.region.withItem).toBe(perArea.reduce((sum, r) => sum + r.with_item, 0));
    const gapAreas = perArea.filter((r) => r.with_item < 3).map((r) => r.werkgebied_code);
    expect(timeOut?.gaps.map((g) => g.werkgebiedCode).sort()).toEqual(gapAreas.sort());
    const gapPupils = timeOut?.gaps.reduce((sum, g) => sum + g.pupils, 0);
    expect(timeOut?.pupilsInGaps).toBe(gapPupils);

    const [funding] = await app.dataSource.query<{ n: number; q1: number; median: number; q3: number }[]>(
      `WITH v AS (
         SELECT sop.funding_amount::float8 / p.total AS v FROM school s
         JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.school_year = '2023-2024'
         JOIN LATERAL (SELECT total FROM pupil_count pc WHERE pc.school_id = s.id AND pc.reference_date <= '2024-07-31'
                       ORDER BY reference_date DESC LIMIT 1) p ON true
         WHERE s.werkgebied_code IS NOT NULL AND sop.funding_amount IS NOT NULL AND p.total > 0)
       SELECT count(*)::int AS n, percentile_cont(0.25) WITHIN GROUP (ORDER BY v) AS q1,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS median,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY v) AS q3 FROM v`,
    );
    expect(o.funding.overall.schools).toBe(funding?.n);
    expect(o.funding.overall.median).toBeCloseTo(funding?.median ?? -1, 6);
    const iqr = (funding?.q3 ?? 0) - (funding?.q1 ?? 0);
    for (const outlier of o.funding.overall.outliers) {
      expect(
        outlier.value < (funding?.q1 ?? 0) - 1.5 * iqr || outlier.value > (funding?.q3 ?? 0) + 1.5 * iqr,
      ).toBe(true);
    }
    expect(o.funding.byKind.reduce((sum, g) => sum + g.schools, 0)).toBe(funding?.n);
    expect(o.funding.bySize.reduce((sum, g) => sum + g.schools, 0)).toBe(funding?.n);

    const trend = o.trends.find((t) => t.kind === 'facility' && t.code === 'time-out-ruimte');
    const point = trend?.points.find((p) => p.schoolYear === '2023-2024');
    expect(point?.withItem).toBe(timeOut?.region.withItem);
    expect(trend?.points.length).toBeGreaterThanOrEqual(4);
  });

  it('narrows to one werkgebied', async () => {
    const data = await graphqlData<Overview>(app.url, OVERVIEW, {
      schoolYear: '2023-2024',
      werkgebied: 'laak',
    });
    const [truth] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM school WHERE werkgebied_code = 'laak'`,
    );
    expect(data.regionOverview.schools).toBe(truth?.n);
    expect(data.regionOverview.items[0]?.werkgebieden.map((w) => w.werkgebiedCode)).toEqual(['laak']);
  });

  it.each([
    [{ schoolYear: '2023/2024' }, 'schoolYear'],
    [{ schoolYear: '2023-2024', werkgebied: 'atlantis' }, 'werkgebied'],
    [{ schoolYear: '2023-2024', minimumSchools: 0 }, 'minimumSchools'],
  ])('overview refuses %j naming %s', async (variables, argument) => {
    const result = await graphql(app.url, OVERVIEW, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
