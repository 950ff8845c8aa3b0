import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { main } from '../src/cli/main';
import { startEmbedded } from '../src/database/embedded/embedded-database';
import { startTestApp, type TestApp } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Per table of the public schema: row count and a checksum of every row (sorted). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      // data_version is no data: restore moves it on so no process keeps answers from before (checked below)
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'data_version'
       ORDER BY tablename`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const row = await client.query<{ n: number; sum: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${name}" t`,
      );
      result[name] = `${row.rows[0]?.n ?? 0} ${row.rows[0]?.sum ?? ''}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function dataVersion(url: string): Promise<bigint> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT version::text AS v FROM data_version`);
    return BigInt(rows[0]?.v ?? '-1');
  } finally {
    await client.end();
  }
}

async function cli(args: string[], databaseUrl: string): Promise<{ code: number; stderr: string }> {
  const saved = process.env['DATABASE_URL'];
  process.env['DATABASE_URL'] = databaseUrl;
  let stderr = '';
  try {
    const code = await main(args, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    return { code, stderr };
  } finally {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
  }
}

describe('sop backup / restore (pg_dump custom format)', () => {
  let source: TestApp;
  let target: TestDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-backup-'));
  beforeAll(async () => {
    source = await startTestApp({ seed: true }); // Jeroen, the demo region and the demo accounts
    target = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await source.close();
    await target.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the demo region: every table equal after restore into an empty database', async () => {
    const file = path.join(dir, 'atlas.dump');
    const backup = await cli(['backup', file], source.database.url);
    expect(backup).toMatchObject({ code: 0 });
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
    const restore = await cli(['restore', file], target.url);
    expect(restore).toMatchObject({ code: 0 });
    const before = await fingerprint(source.database.url);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['school', 'sop', 'user_account', 'audit_event']),
    );
    expect(before['school']).toMatch(/^206 /);
    expect(await fingerprint(target.url)).toEqual(before);
    // and once more over the restored database (restore replaces what is there)
    const versionBefore = await dataVersion(target.url);
    expect(await cli(['restore', file], target.url)).toMatchObject({ code: 0 });
    expect(await fingerprint(target.url)).toEqual(before);
    // the dump carries an older data version: the restore moves it past both
    expect(await dataVersion(target.url)).toBeGreaterThan(versionBefore);
    expect(await dataVersion(target.url)).toBeGreaterThan(await dataVersion(source.database.url));
  });

  it('a damaged file changes nothing and says so', async () => {
    const before = await fingerprint(target.url);
    const file = path.join(dir, 'kapot.dump');
    const good = fs.readFileSync(path.join(dir, 'atlas.dump'));
    fs.writeFileSync(file, good.subarray(0, Math.floor(good.length / 2)));
    const result = await cli(['restore', file], target.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Terugzetten mislukt; de database is ongewijzigd');
    expect(await fingerprint(target.url)).toEqual(before);
  });
});

describe('sop backup / restore on the embedded database (no DATABASE_URL: DATA_DIR)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-backup-embedded-'));
  // as root the embedded server runs as its own user, who must pass through this folder to its data
  fs.chmodSync(root, 0o711);
  const dataA = path.join(root, 'a');
  const dataB = path.join(root, 'b');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  async function embeddedCli(args: string[], dataDir: string): Promise<{ code: number; stderr: string }> {
    const saved = { url: process.env['DATABASE_URL'], dir: process.env['DATA_DIR'] };
    delete process.env['DATABASE_URL'];
    process.env['DATA_DIR'] = dataDir;
    let stderr = '';
    try {
      const code = await main(args, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
      return { code, stderr };
    } finally {
      if (saved.url !== undefined) process.env['DATABASE_URL'] = saved.url;
      if (saved.dir === undefined) delete process.env['DATA_DIR'];
      else process.env['DATA_DIR'] = saved.dir;
    }
  }

  async function embeddedFingerprint(dataDir: string): Promise<Record<string, string>> {
    const database = await startEmbedded(dataDir);
    try {
      return await fingerprint(database.url);
    } finally {
      await database.stop();
    }
  }

  it('round-trips the demo region from one data folder into a new one', async () => {
    expect(await embeddedCli(['demo'], dataA)).toMatchObject({ code: 0 });
    const file = path.join(root, 'ingebouwd.dump');
    const backup = await embeddedCli(['backup', file], dataA);
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.stderr).toContain('ingebouwde database (PostgreSQL 15)');
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
    expect(await embeddedCli(['restore', file], dataB)).toMatchObject({ code: 0 });
    const before = await embeddedFingerprint(dataA);
    expect(before['school']).toMatch(/^20\d /);
    expect(await embeddedFingerprint(dataB)).toEqual(before);
  });

  it('refuses while another process (the app) holds the data folder, and writes no file', async () => {
    fs.writeFileSync(path.join(dataA, 'sop-atlas.lock'), `${process.ppid}\n`);
    try {
      const file = path.join(root, 'bezet.dump');
      const result = await embeddedCli(['backup', file], dataA);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`De datamap ${dataA} is al in gebruik door proces ${process.ppid}`);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      fs.rmSync(path.join(dataA, 'sop-atlas.lock'), { force: true });
    }
  });
});
