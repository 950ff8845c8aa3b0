import { main } from '../src/cli/main';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, type TestDatabase } from './test-database';

describe('sop migrate', () => {
  let database: TestDatabase;
  const saved = process.env['DATABASE_URL'];
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    process.env['DATABASE_URL'] = database.url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
    await database.drop();
  });

  it('applies pending migrations (names on stdout), then has nothing to do', async () => {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    };
    expect(await main(['migrate'], io)).toBe(0);
    expect(out.stdout).toBe(MIGRATIONS.map((m) => `${m.name}\n`).join(''));
    expect(out.stdout).toContain('Initial1732780800000\n');
    expect(out.stderr).toContain(`${MIGRATIONS.length} migratie(s) uitgevoerd.`);
    out.stdout = '';
    expect(await main(['migrate'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('Geen openstaande migraties.');
  });
});
