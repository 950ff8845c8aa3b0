import { generateNationalDataset } from '@sop-atlas/region-data';
import { main } from '../../src/cli/main';
import { startTestApp, type TestApp } from '../test-app';

describe('national data set', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  const options = { seed: 5, schoolCount: 120, swvCount: 3, schoolYears: 2, batchSize: 50 };
  const expected = (() => {
    let schools = 0;
    let pupilCounts = 0;
    let sops = 0;
    let hgw = 0;
    for (const batch of generateNationalDataset(options)) {
      schools += batch.schools.length;
      pupilCounts += batch.pupilCounts.length;
      sops += batch.sops.length;
      hgw += batch.sops.reduce((n, s) => n + s.document.hgw.length, 0);
    }
    return { schools, pupilCounts, sops, hgw };
  })();

  async function run(): Promise<{ code: number; stdout: string; stderr: string }> {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    };
    const code = await main(
      [
        'national',
        '--schools',
        '120',
        '--swvs',
        '3',
        '--years',
        '2',
        '--seed',
        '5',
        '--database-url',
        app.database.url,
      ],
      io,
    );
    return { code, ...out };
  }

  it('loads 3 SWVs × 40 schools next to the demo region, counts per table as generated', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(0);
    expect(stderr).toContain('Rijen per tabel');
    const report = JSON.parse(stdout) as { rows: Record<string, number>; deletedSchools: number };
    expect(expected.schools).toBe(120);
    expect(report.deletedSchools).toBe(0);
    expect(report.rows).toMatchObject({
      school: expected.schools,
      pupil_count: expected.pupilCounts,
      sop: expected.sops,
      sop_hgw: expected.hgw,
    });
    const [counts] = await app.dataSource.query<
      { national: number; demo: number; real: number; swvs: number }[]
    >(
      `SELECT count(*) FILTER (WHERE is_demo AND vestigingscode NOT LIKE '99%')::int AS national,
              count(*) FILTER (WHERE is_demo AND vestigingscode LIKE '99%')::int AS demo,
              count(*) FILTER (WHERE NOT is_demo)::int AS real,
              count(DISTINCT gemeente_code) FILTER (WHERE vestigingscode NOT LIKE '99%' AND is_demo)::int AS swvs
       FROM school`,
    );
    expect(counts).toEqual({ national: 120, demo: 205, real: 1, swvs: 3 });
  });

  it('running it again replaces the set instead of doubling it, and the demo command leaves it alone', async () => {
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ deletedSchools: 120, rows: { school: 120 } });
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = app.database.url;
    try {
      expect(await main(['demo'], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
    const [row] = await app.dataSource.query<{ n: number; sops: number }[]>(
      `SELECT count(*)::int AS n, (SELECT count(*)::int FROM sop) AS sops FROM school`,
    );
    expect(row?.n).toBe(120 + 205 + 1);
  });

  it('refuses bad arguments with usage exit code 2', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(await main(['national', '--schools', 'veel'], io)).toBe(2);
    expect(await main(['national', '--bogus', '1'], io)).toBe(2);
  });
});
