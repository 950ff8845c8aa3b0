import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE } from '../src/database/embedded/data-dir-lock';
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

describe('embedded default (no DATABASE_URL): PGlite in DATA_DIR', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-embedded-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('boots, migrates, seeds, answers over HTTP, refuses a second process, and keeps its data', async () => {
    const env = { DATA_DIR: dataDir, PORT: '0', SOP_ATLAS_DEMO: '1' };
    const first = spawnServer(env);
    const url = await waitUntilListening(first);
    expect(first.output()).toContain(`Database: ingebouwde database (PGlite) in ${dataDir}`);
    const answer = await graphqlData<Answer>(url, QUERY);
    expect(answer.health).toEqual({ databaseKind: 'embedded', migrationCount: MIGRATIONS.length });
    expect(answer.schools.edges.map((e) => e.node.name)).toEqual(['Basisschool Jeroen']);
    // The demo region (205 fictional schools) is seeded after Jeroen, on PGlite too.
    expect(answer.all.totalCount).toBe(206);
    expect(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(first.child.pid));

    const second = spawnServer(env);
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe(
      `De datamap ${dataDir} is al in gebruik door proces ${first.child.pid}; stop dat eerst of kies een andere DATA_DIR.`,
    );

    expect(await stopServer(first)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

    // A stale lock of a process that no longer runs is taken over.
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), '999999\n');
    const again = spawnServer(env);
    const urlAgain = await waitUntilListening(again);
    const answerAgain = await graphqlData<Answer>(urlAgain, QUERY);
    expect(answerAgain.schools.totalCount).toBe(1);
    expect(answerAgain.all.totalCount).toBe(206);
    expect(again.output()).not.toContain('Gevuld');
    expect(await stopServer(again)).toBe(0);
  }, 120_000); // three PGlite starts: slow on a busy 2-core machine
});
