import { main } from '../../src/cli/main';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.seed-step';
import { createSchool } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('an empty region on purpose: init creates the first staff account, demo verwijder removes only the demo region', () => {
  let app: TestApp;
  const saved = process.env['DATABASE_URL'];
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    process.env['DATABASE_URL'] = app.database.url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
    await app.close();
  });

  const run = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const out = { stdout: '', stderr: '' };
    const code = await main(args, {
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
    });
    return { code, ...out };
  };
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n ??
    -1;

  it('init: the first staff account once (demo accounts do not count), with the next steps', async () => {
    const first = await run([
      'init',
      '--email',
      'Eerste@SPPOH.nl',
      '--name',
      'Eerste staf',
      '--password',
      'een-lang-wachtwoord-2026',
    ]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      email: 'eerste@sppoh.nl',
      roles: ['swv-staff', 'admin'],
    });
    expect(first.stderr).toContain('npm run sop -- duo');
    expect(first.stderr).toMatch(/205 fictieve demoscholen; verwijder ze met npm run sop -- demo verwijder/);
    const again = await run(['init', '--email', 'tweede@sppoh.nl', '--password', 'een-lang-wachtwoord-2026']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('heeft al 1 staf- of beheeraccount');
    expect(await count(`user_account WHERE email = 'tweede@sppoh.nl'`)).toBe(0);
    expect((await run(['init'])).code).toBe(2);
  });

  it('demo verwijder: demo schools, their SOPs and the demo accounts gone; real schools, SOPs and accounts untouched', async () => {
    const real = await createSchool(app.dataSource, { name: 'Echte school', vestigingscode: '01AB00' });
    await app.dataSource.query(
      `INSERT INTO funding_parameter (calendar_year, base_per_location, per_pupil, note, source)
       VALUES (2030, 1, 1, 'door staf', 'staf') ON CONFLICT (calendar_year) DO NOTHING`,
    );
    const before = {
      realSchools: await count(`school WHERE NOT is_demo`),
      realSops: await count(`sop JOIN school s ON s.id = sop.school_id WHERE NOT s.is_demo`),
      demoSops: await count(`sop JOIN school s ON s.id = sop.school_id WHERE s.is_demo`),
      otherAccounts: await count(`user_account WHERE NOT (email = ANY($1::text[]))`, [
        DEMO_ACCOUNTS.map((a) => a.email),
      ]),
      audit: await count('audit_event'),
      demoAccounts: await count(`user_account WHERE email = ANY($1::text[])`, [
        DEMO_ACCOUNTS.map((a) => a.email),
      ]),
    };
    expect(before.demoAccounts).toBeGreaterThan(0);
    expect(before.demoSops).toBeGreaterThan(0);
    const removed = await run(['demo', 'verwijder']);
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({
      schools: 205,
      sops: before.demoSops,
      accounts: before.demoAccounts,
    });
    expect(await count(`school WHERE is_demo`)).toBe(0);
    expect(
      await count(`user_account WHERE email = ANY($1::text[])`, [DEMO_ACCOUNTS.map((a) => a.email)]),
    ).toBe(0);
    expect(await count(`school WHERE NOT is_demo`)).toBe(before.realSchools);
    expect(await count(`school WHERE id = $1`, [real.id])).toBe(1);
    expect(await count(`sop`)).toBe(before.realSops);
    expect(await count(`user_account`)).toBe(before.otherAccounts);
    expect(await count(`funding_parameter WHERE calendar_year = 2030`)).toBe(1);
    expect(await count(`funding_parameter WHERE source = 'demo (fictief)'`)).toBe(0);
    expect(await count('audit_event')).toBeGreaterThanOrEqual(before.audit);
    // Twice is harmless.
    expect(JSON.parse((await run(['demo', 'verwijder'])).stdout)).toMatchObject({
      schools: 0,
      sops: 0,
      accounts: 0,
    });
  });
});
