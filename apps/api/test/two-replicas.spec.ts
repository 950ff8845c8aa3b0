import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { LIMIT_FAILURES_PER_ADDRESS } from '../src/accounts/accounts.service';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { type GraphqlResponse } from './graphql-request';
import { SessionClient, signedIn } from './accounts/session-client';
import { STAFF_TOKEN } from './imports/real-sop';
import { type ServerProcess, spawnServer, stopServer, waitUntilListening } from './server-process';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Ports of this test (the replicas' own range). */
const PORTS = [4731, 4732] as const;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;

interface ReportJobRow {
  id: string;
  status: string;
  worker: string | null;
}

async function login(baseUrl: string, address: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await response.json()) as GraphqlResponse<unknown>;
  const reason = body.errors?.[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : body.errors ? 'error' : 'ok';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two API processes (the production build, `node dist/main.js`) on one PostgreSQL, as two replicas behind a proxy:
 * migrations once, sessions and login limits shared, report jobs run by either, and a `kill -9` of one in the middle
 * of a job loses nothing (the other finishes it once the job expires).
 */
describe('two API replicas on one PostgreSQL', () => {
  let database: TestDatabase;
  let db: DataSource;
  const replicas: ServerProcess[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    // An empty database: both replicas start at once and both try to migrate it.
    database = await createTestDatabase({ empty: true });
    for (const [i, port] of PORTS.entries()) {
      replicas.push(
        spawnServer({
          DATABASE_URL: database.url,
          PORT: String(port),
          STAFF_TOKEN,
          TRUST_PROXY: 'loopback',
          // the first replica loads the (fictional) demo region, so reports have something to draw
          SOP_ATLAS_DEMO: i === 0 ? '1' : '0',
          JOB_POLL_SECONDS: '1',
          JOB_MAINTENANCE_SECONDS: '1',
          JOB_EXPIRE_SECONDS: '20',
          IMPORT_TIMEOUT_MS: '120000',
        }),
      );
    }
    for (const replica of replicas) urls.push(await waitUntilListening(replica, 180_000));
    db = new DataSource(dataSourceOptions(database.url, { poolSize: 2 }));
    await db.initialize();
  }, 240_000);

  afterAll(async () => {
    await db?.destroy();
    for (const replica of replicas) if (replica.child.exitCode === null) await stopServer(replica);
    await database?.drop();
  });

  it('migrated the new database exactly once (advisory lock), although both started migrating', async () => {
    const rows = await db.query<{ n: number; names: number }[]>(
      `SELECT count(*)::int AS n, count(DISTINCT name)::int AS names FROM migrations`,
    );
    expect(rows[0]).toEqual({ n: MIGRATIONS.length, names: MIGRATIONS.length });
  });

  it('a login on one replica is valid on the other', async () => {
    const [a, b] = urls as [string, string];
    const client = await signedIn(a, db, 'twee@example.nl', ['swv-staff']);
    const onB = new SessionClient(b);
    onB.cookie = client.cookie;
    const me = await onB.data<{ me: { email: string } | null }>(`{ me { email } }`);
    expect(me.me?.email).toBe('twee@example.nl');
    // and a logout on B ends it on A
    await onB.data(`mutation { logout }`);
    const after = await client.data<{ me: { email: string } | null }>(`{ me { email } }`);
    expect(after.me).toBeNull();
  });

  it('the login rate limit counts across both replicas', async () => {
    const [a, b] = urls as [string, string];
    const results: string[] = [];
    for (let i = 0; i < LIMIT_FAILURES_PER_ADDRESS; i += 1) {
      results.push(await login(i % 2 === 0 ? a : b, '203.0.113.7', 'niemand@example.nl', `fout ${i}`));
    }
    expect(new Set(results)).toEqual(new Set(['invalid-credentials']));
    expect(await login(a, '203.0.113.7', 'niemand@example.nl', 'nog een')).toBe('rate-limited');
    expect(await login(b, '203.0.113.7', 'niemand@example.nl', 'nog een')).toBe('rate-limited');
  });

  it('report jobs started on one replica are done by either; kill -9 of one mid-job loses no job', async () => {
    const [a, b] = urls as [string, string];
    const [replicaA, replicaB] = replicas as [ServerProcess, ServerProcess];
    const [year] = await db.query<{ school_year: string }[]>(
      `SELECT school_year FROM sop GROUP BY school_year ORDER BY count(*) DESC LIMIT 1`,
    );
    const werkgebieden = await db.query<{ code: string }[]>(`SELECT code FROM werkgebied ORDER BY code`);
    const scopes = [null, ...werkgebieden.map((w) => w.code)].slice(0, 8);
    const ids: string[] = [];
    for (const werkgebied of scopes) {
      const response = await fetch(`${a}/api/reports/region`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}` },
        body: JSON.stringify({ schoolYear: year?.school_year, werkgebied }),
      });
      expect(response.status).toBe(202);
      ids.push(((await response.json()) as { id: string }).id);
    }
    const workerA = `:${replicaA.child.pid}`;
    const workerB = `:${replicaB.child.pid}`;
    // Wait until replica A is in the middle of one of them, then kill it without warning.
    let victim: ReportJobRow | undefined;
    for (let tries = 0; victim === undefined && tries < 6000; tries += 1) {
      const rows = await db.query<ReportJobRow[]>(
        `SELECT id, status, worker FROM report_job WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      victim = rows.find((r) => r.status === 'running' && r.worker?.endsWith(workerA) === true);
      if (victim === undefined && rows.every((r) => r.status === 'done')) break;
      if (victim === undefined) await sleep(20);
    }
    expect(victim).toBeDefined();
    replicaA.child.kill('SIGKILL');
    await replicaA.exited;

    // Replica B finishes every job, the killed one included (after it expires), as B reports over HTTP.
    const deadline = Date.now() + 180_000;
    let rows: ReportJobRow[] = [];
    while (Date.now() < deadline) {
      rows = await db.query<ReportJobRow[]>(
        `SELECT id, status, worker FROM report_job WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      if (rows.every((r) => r.status === 'done' || r.status === 'failed')) break;
      await sleep(250);
    }
    expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'done'));
    const killed = rows.find((r) => r.id === victim?.id);
    expect(killed?.worker?.endsWith(workerB)).toBe(true);
    const status = await fetch(`${b}/api/reports/jobs/${victim?.id ?? ''}`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(await status.json()).toMatchObject({ status: 'done', progress: 100 });
    const pdf = await fetch(`${b}/api/reports/jobs/${victim?.id ?? ''}/report.pdf`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // The queue itself: no job of these reports is left waiting, running or failed.
    const open = new Client({ connectionString: database.url });
    await open.connect();
    try {
      const { rows: left } = await open.query<{ state: string; n: number }>(
        `SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'region-report' GROUP BY state`,
      );
      expect(left).toEqual([{ state: 'completed', n: ids.length }]);
    } finally {
      await open.end();
    }
  }, 300_000);
});
