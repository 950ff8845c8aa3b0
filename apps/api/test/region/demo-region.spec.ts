import { DEMO_LAYOUT, generateDemoRegion, summariseDemoRegion } from '@sop-atlas/region-data';
import { main } from '../../src/cli/main';
import { DEMO_SEED, deleteDemoRegion, loadDemoRegion } from '../../src/demo/demo-loader';
import { createSchool } from '../factories';
import { graphqlData } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';

interface Counts {
  werkgebied: string;
  kind: string;
  n: number;
}

describe('demo region', () => {
  let app: TestApp;
  const expected = summariseDemoRegion(
    (() => {
      const region = generateDemoRegion(DEMO_SEED);
      return { ...region, schools: region.schools.map((s) => ({ ...s })) };
    })(),
  );

  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  async function countsPerWerkgebiedAndKind(): Promise<Record<string, Record<string, number>>> {
    const rows = await app.dataSource.query<Counts[]>(
      `SELECT werkgebied_code AS werkgebied, kind, count(*)::int AS n FROM school WHERE is_demo
       GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const out: Record<string, Record<string, number>> = {};
    for (const row of rows) (out[row.werkgebied] ??= {})[row.kind] = row.n;
    return out;
  }

  async function tableCounts(): Promise<Record<string, number>> {
    const [row] = await app.dataSource.query<Record<string, number>[]>(`
      SELECT (SELECT count(*)::int FROM school) AS schools,
             (SELECT count(*)::int FROM school WHERE NOT is_demo) AS real_schools,
             (SELECT count(*)::int FROM pupil_count) AS pupil_counts,
             (SELECT count(*)::int FROM sop) AS sops,
             (SELECT count(*)::int FROM sop WHERE status = 'published') AS published,
             (SELECT count(*)::int FROM sop_hgw) AS hgw_rows,
             (SELECT count(DISTINCT werkgebied_code)::int FROM school WHERE is_demo) AS werkgebieden`);
    return row ?? {};
  }

  it('the seed inserts Jeroen and the 205 demo schools in 10 werkgebieden, as summariseDemoRegion says', async () => {
    const counts = await tableCounts();
    expect(counts['schools']).toBe(206);
    expect(counts['real_schools']).toBe(1);
    expect(counts['werkgebieden']).toBe(10);
    const perArea = await countsPerWerkgebiedAndKind();
    for (const [werkgebied, kinds] of Object.entries(DEMO_LAYOUT)) {
      const summary = expected.byWerkgebied[werkgebied];
      for (const kind of ['BAO', 'SBO', 'SO'] as const) {
        expect(perArea[werkgebied]?.[kind] ?? 0).toBe(kinds[kind]);
        expect(perArea[werkgebied]?.[kind] ?? 0).toBe(summary?.[kind]);
      }
    }
    const sops = await app.dataSource.query<
      { school_year: string; status: 'published' | 'draft'; n: number }[]
    >(
      `SELECT school_year, status, count(*)::int AS n FROM sop s JOIN school ON school.id = s.school_id
       WHERE school.is_demo GROUP BY 1, 2`,
    );
    const bySchoolYear: Record<string, { published: number; draft: number }> = {};
    for (const row of sops)
      (bySchoolYear[row.school_year] ??= { published: 0, draft: 0 })[row.status] = row.n;
    expect(bySchoolYear).toEqual(expected.sopsBySchoolYear);
    const pupils = await app.dataSource.query<{ date: string; n: number }[]>(
      `SELECT to_char(reference_date, 'YYYY-MM-DD') AS date, sum(total)::int AS n FROM pupil_count
       GROUP BY 1 ORDER BY 1`,
    );
    expect(Object.fromEntries(pupils.map((p) => [p.date, p.n]))).toEqual(
      Object.fromEntries(Object.entries(expected.pupilsByReferenceDate).map(([d, k]) => [d, k.total])),
    );
    expect(expected.pupilsByReferenceDate['2023-10-01']?.total).toBe(60_290);
  });

  it('shows the demo label and werkgebied in the API', async () => {
    const data = await graphqlData<{ schools: { totalCount: number } }>(
      app.url,
      `{ schools(first: 1) { totalCount } }`,
    );
    expect(data.schools.totalCount).toBe(206);
  });

  it('reloads idempotently through the CLI and never touches non-demo schools', async () => {
    const own = await createSchool(app.dataSource, { name: 'Echte school', vestigingscode: '01AB00' });
    const before = await tableCounts();
    const hgwPerSop = before['hgw_rows'];
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    };
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = app.database.url;
    try {
      expect(await main(['demo'], io)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
    const report = JSON.parse(out.stdout) as Record<string, number>;
    expect(report).toMatchObject({ deleted: 205, schools: 205, pupilCounts: 820, sops: before['sops']! - 1 });
    expect(await tableCounts()).toEqual(before);
    expect(hgwPerSop).toBeGreaterThan(0);
    const survivors = await app.dataSource.query<{ name: string }[]>(
      `SELECT name FROM school WHERE NOT is_demo ORDER BY name`,
    );
    expect(survivors.map((s) => s.name)).toEqual(['Basisschool Jeroen', 'Echte school'].sort());
    expect(own.id).toBeDefined();
  });

  it('loads another seed inside a caller transaction and rolls back with it', async () => {
    const before = await tableCounts();
    await expect(
      app.dataSource.transaction(async (manager) => {
        expect(await deleteDemoRegion(manager)).toBe(205);
        const result = await loadDemoRegion(manager, { seed: 7 });
        expect(result.schools).toBe(205);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await tableCounts()).toEqual(before);
  });
});
