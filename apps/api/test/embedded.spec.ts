import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE } from '../src/database/embedded/data-dir-lock';
import { POSTGRES_DIR } from '../src/database/embedded/embedded-database';
import { graphqlData } from './graphql-request';
import { spawnServer, stopServer, waitUntilListening } from './server-process';
import { MIGRATIONS } from '../src/database/migrations';

const QUERY = `{ health { databaseKind migrationCount } all: schools(first: 1) { totalCount }
  schools(filter: { isDemo: false }) { totalCount edges { node { name } } } }`;

interface Answer {
  health: { databaseKind: string; migrationCount: number };
  all: { totalCount: number };
  schools: { totalCount: number; edges: { node: { name: string } }[] };
}

describe('embedded default (no DATABASE_URL): a PostgreSQL server from npm in DATA_DIR', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-embedded-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('boots, migrates, seeds, answers over HTTP, refuses a second process, survives kill -9 and keeps its data', async () => {
    const env = { DATA_DIR: dataDir, PORT: '0', SOP_ATLAS_DEMO: '1' };
    const first = spawnServer(env);
    const url = await waitUntilListening(first, 150_000); // the first start creates the cluster (initdb)
    expect(first.output()).toContain(`Database: ingebouwde database (PostgreSQL 15) in ${dataDir}`);
    const answer = await graphqlData<Answer>(url, QUERY);
    expect(answer.health).toEqual({ databaseKind: 'embedded', migrationCount: MIGRATIONS.length });
    expect(answer.schools.edges.map((e) => e.node.name)).toEqual(['Basisschool Jeroen']);
    // The demo region (205 fictional schools) is seeded after Jeroen.
    expect(answer.all.totalCount).toBe(206);
    expect(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(first.child.pid));

    const second = spawnServer(env);
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe(
      `De datamap ${dataDir} is al in gebruik door proces ${first.child.pid}; stop dat eerst of kies een andere DATA_DIR.`,
    );

    // kill -9 leaves a stale lock and the server child running on the folder: the next start takes the lock over,
    // stops that orphan server and starts its own, without waiting for a time-out.
    const pidFile = path.join(dataDir, POSTGRES_DIR, 'postmaster.pid');
    const orphan = fs.readFileSync(pidFile, 'utf8').split('\n')[0];
    first.child.kill('SIGKILL');
    await first.exited;
    expect(() => process.kill(Number(orphan), 0)).not.toThrow();
    const again = spawnServer(env);
    const urlAgain = await waitUntilListening(again);
    expect(again.output()).toContain(
      `Achtergebleven PostgreSQL-proces ${orphan} op ${path.join(dataDir, POSTGRES_DIR)} gestopt`,
    );
    const answerAgain = await graphqlData<Answer>(urlAgain, QUERY);
    expect(answerAgain.schools.totalCount).toBe(1);
    expect(answerAgain.all.totalCount).toBe(206);
    expect(again.output()).not.toContain('Gevuld');

    // A clean stop (SIGTERM) stops the server too and releases the lock.
    expect(await stopServer(again)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    expect(fs.existsSync(pidFile)).toBe(false);
  }, 300_000); // three app starts, the first with initdb: slow on a busy 2-core machine
});
