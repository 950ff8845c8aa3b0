import { LIMIT_FAILURES_PER_ADDRESS } from '../../src/accounts/accounts.service';
import { LOCK_AFTER_FAILURES } from '../../src/accounts/local-identity.provider';
import { MAX_SESSIONS_PER_ACCOUNT } from '../../src/accounts/sessions.service';
import { AppConfig } from '../../src/config/app-config';
import { type RunningServer, startServer } from '../../src/server';
import { type GraphqlResponse } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';
import { PASSWORD, SessionClient, signedIn } from './session-client';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;

/** One login as it arrives through the (trusted) proxy for client `address`; the refusal's reason or 'ok'. */
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

/** `count` calls of `task`, at most `concurrency` at a time (an attacker's parallel connections). */
async function parallel<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

function tally(results: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) counts[result] = (counts[result] ?? 0) + 1;
  return counts;
}

describe('login limits under concurrency and across processes (PostgreSQL)', () => {
  let app: TestApp;
  let second: RunningServer;
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    // a second API on the same database: its own process state, the same counters
    second = await startServer(
      AppConfig.fromEnv({
        DATABASE_URL: app.database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        TRUST_PROXY: 'loopback',
      }),
      { logger: false, dashboardDist: '/nonexistent-dashboard-dist' },
    );
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  it(`20 parallel connections from one address get exactly ${LIMIT_FAILURES_PER_ADDRESS} password checks`, async () => {
    const results = await parallel(LIMIT_FAILURES_PER_ADDRESS + 15, 20, () =>
      login(app.url, '198.51.100.1', 'niemand@example.nl', 'fout-wachtwoord'),
    );
    expect(tally(results)).toEqual({ 'invalid-credentials': LIMIT_FAILURES_PER_ADDRESS, 'rate-limited': 15 });
  });

  it('the per-address count is shared by two API processes on one database', async () => {
    const half = LIMIT_FAILURES_PER_ADDRESS / 2;
    const first = await parallel(half, 10, () =>
      login(app.url, '198.51.100.2', 'niemand@example.nl', 'fout-1'),
    );
    const other = await parallel(half, 10, () =>
      login(second.url, '198.51.100.2', 'niemand@example.nl', 'fout-2'),
    );
    expect(tally([...first, ...other])).toEqual({ 'invalid-credentials': LIMIT_FAILURES_PER_ADDRESS });
    expect(await login(second.url, '198.51.100.2', 'niemand@example.nl', 'fout-3')).toBe('rate-limited');
    expect(await login(app.url, '198.51.100.2', 'niemand@example.nl', 'fout-4')).toBe('rate-limited');
  });

  it(`29 parallel wrong passwords on one account: ${LOCK_AFTER_FAILURES} checked, then locked`, async () => {
    await signedIn(app.url, app.dataSource, 'doelwit@example.nl', ['swv-staff']);
    const results = await parallel(29, 29, (i) =>
      login(i % 2 === 0 ? app.url : second.url, `198.51.100.${10 + i}`, 'doelwit@example.nl', `fout ${i}`),
    );
    expect(new Set(results)).toEqual(new Set(['invalid-credentials']));
    const [row] = await app.dataSource.query<{ failed: number; locked: boolean }[]>(
      `SELECT failed_login_count AS failed, locked_until > now() AS locked FROM user_account
       WHERE email = 'doelwit@example.nl'`,
    );
    expect(row).toEqual({ failed: LOCK_AFTER_FAILURES, locked: true });
    const reasons = await app.dataSource.query<{ reason: string; n: number }[]>(
      `SELECT split_part(reason, ' ', 1) AS reason, count(*)::int AS n FROM audit_event
       WHERE action = 'login.failed' AND actor = 'doelwit@example.nl' GROUP BY 1 ORDER BY 1`,
    );
    expect(reasons).toEqual([
      { reason: 'locked', n: 29 - LOCK_AFTER_FAILURES },
      { reason: 'wrong-password', n: LOCK_AFTER_FAILURES },
    ]);
    // and the right password is refused while locked
    expect(await login(app.url, '198.51.100.99', 'doelwit@example.nl', PASSWORD)).toBe('invalid-credentials');
  });

  it(`keeps at most ${MAX_SESSIONS_PER_ACCOUNT} sessions per account: a new login revokes the oldest`, async () => {
    const first = await signedIn(app.url, app.dataSource, 'veel@example.nl', ['swv-staff']);
    const clients = await parallel(MAX_SESSIONS_PER_ACCOUNT + 5, 5, async (i) => {
      const client = new SessionClient(i % 2 === 0 ? app.url : second.url);
      expect(await login(app.url, '198.51.100.200', 'veel@example.nl', PASSWORD)).toBe('ok');
      await client.login('veel@example.nl', PASSWORD);
      return client;
    });
    const [row] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM user_session s JOIN user_account a ON a.id = s.user_id
       WHERE a.email = 'veel@example.nl'`,
    );
    expect(row?.n).toBe(MAX_SESSIONS_PER_ACCOUNT);
    expect(await first.data<{ me: unknown }>('{ me { email } }')).toEqual({ me: null });
    const last = clients[clients.length - 1];
    expect(last?.cookie).not.toBeNull();
  });
});
