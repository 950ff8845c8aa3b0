import { type DataSource } from 'typeorm';
import { createUserAccount } from '../../src/accounts/accounts.service';
import { LOCK_AFTER_FAILURES } from '../../src/accounts/local-identity.provider';
import { hashToken } from '../../src/accounts/sessions.service';
import { startTestApp, type TestApp } from '../test-app';
import { codeOf, PASSWORD, SessionClient, signedIn } from './session-client';

const ME = `{ me { id email roles schoolIds } }`;
const LOGOUT = `mutation { logout }`;

async function auditCount(db: DataSource, action: string, actor: string): Promise<number> {
  const [row] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND actor = $2`,
    [action, actor],
  );
  return row?.n ?? 0;
}

describe('login, sessions, CSRF (real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('signs in with a session cookie (httpOnly, SameSite=Strict), me, logout ends the session', async () => {
    const client = await signedIn(app.url, app.dataSource, 'Staf@Example.nl', ['swv-staff']);
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Strict/i);
    expect(client.lastSetCookie).not.toMatch(/Secure/i); // only in production
    const me = await client.data<{ me: { email: string; roles: string[] } }>(ME);
    expect(me.me).toMatchObject({ email: 'staf@example.nl', roles: ['swv-staff'] });
    // Only the hash of the token is stored.
    const token = client.cookie ?? '';
    const stored = await app.dataSource.query<{ token_hash: string }[]>(
      `SELECT token_hash FROM user_session`,
    );
    expect(stored.map((r) => r.token_hash)).toContain(hashToken(token));
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    expect(await client.data(LOGOUT)).toEqual({ logout: true });
    expect(client.cookie).toBeNull();
    const after = await new SessionClient(app.url).gql<{ me: null }>(ME, {}, { cookie: token });
    expect(after.data?.me).toBeNull();
    expect(codeOf(await new SessionClient(app.url).gql(LOGOUT, {}, { cookie: token }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a wrong password and an unknown email with the same UNAUTHENTICATED answer, audited', async () => {
    await app.dataSource.transaction((m) =>
      createUserAccount(m, {
        email: 'redacteur@example.nl',
        displayName: 'R',
        password: PASSWORD,
        roles: ['school-editor'],
        schoolIds: [],
      }),
    );
    const client = new SessionClient(app.url);
    const wrong = await client.login('redacteur@example.nl', 'niet het wachtwoord');
    const unknown = await client.login('niemand@example.nl', PASSWORD);
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(client.cookie).toBeNull();
    expect(await auditCount(app.dataSource, 'login.failed', 'redacteur@example.nl')).toBe(1);
    expect(await auditCount(app.dataSource, 'login.failed', 'niemand@example.nl')).toBe(1);
  });

  it(`locks an account after ${LOCK_AFTER_FAILURES} failures: even the right password is refused`, async () => {
    await app.dataSource.transaction((m) =>
      createUserAccount(m, {
        email: 'slot@example.nl',
        displayName: 'S',
        password: PASSWORD,
        roles: ['swv-staff'],
        schoolIds: [],
      }),
    );
    const client = new SessionClient(app.url);
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1) {
      expect(codeOf(await client.login('slot@example.nl', `fout ${i}`))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await client.login('slot@example.nl', PASSWORD))).toBe('UNAUTHENTICATED');
    expect(client.cookie).toBeNull();
    const [row] = await app.dataSource.query<{ failed: number; locked: boolean }[]>(
      `SELECT failed_login_count AS failed, locked_until > now() + interval '14 minutes' AS locked
       FROM user_account WHERE email = 'slot@example.nl'`,
    );
    expect(row).toEqual({ failed: LOCK_AFTER_FAILURES, locked: true });
    // Once the lock has passed, the right password works and resets the count.
    await app.dataSource.query(
      `UPDATE user_account SET locked_until = now() - interval '1 second' WHERE email = 'slot@example.nl'`,
    );
    expect(codeOf(await client.login('slot@example.nl', PASSWORD))).toBeUndefined();
    const [reset] = await app.dataSource.query<{ n: number }[]>(
      `SELECT failed_login_count AS n FROM user_account WHERE email = 'slot@example.nl'`,
    );
    expect(reset?.n).toBe(0);
  });

  it('treats forged and expired session cookies as no session', async () => {
    const client = await signedIn(app.url, app.dataSource, 'verloopt@example.nl', ['swv-staff']);
    const forged = 'A'.repeat(43);
    expect((await client.gql<{ me: null }>(ME, {}, { cookie: forged })).data?.me).toBeNull();
    expect(codeOf(await client.gql(LOGOUT, {}, { cookie: forged }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.gql(LOGOUT, {}, { cookie: `x'; DROP TABLE user_session; --` }))).toBe(
      'UNAUTHENTICATED',
    );
    await app.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [hashToken(client.cookie ?? '')],
    );
    expect((await client.gql<{ me: null }>(ME)).data?.me).toBeNull();
    expect(codeOf(await client.gql(LOGOUT))).toBe('UNAUTHENTICATED');
    // A disabled account's live session stops working too.
    const other = await signedIn(app.url, app.dataSource, 'uitgezet@example.nl', ['admin']);
    await app.dataSource.query(
      `UPDATE user_account SET disabled_at = now() WHERE email = 'uitgezet@example.nl'`,
    );
    expect((await other.gql<{ me: null }>(ME)).data?.me).toBeNull();
  });

  it('refuses cookie-authenticated mutations without the CSRF header (FORBIDDEN) and audits them', async () => {
    const client = await signedIn(app.url, app.dataSource, 'csrf@example.nl', ['swv-staff']);
    const refused = await client.gql(LOGOUT, {}, { csrf: false });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/x-sop-atlas-csrf/);
    expect(await auditCount(app.dataSource, 'access.refused', 'csrf@example.nl')).toBe(1);
    // Queries need no header; the session is still alive.
    expect((await client.gql<{ me: { email: string } }>(ME, {}, { csrf: false })).data?.me.email).toBe(
      'csrf@example.nl',
    );
  });

  it("keeps Apollo's CSRF prevention on: a simple (text/plain) POST is refused", async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(400);
  });

  it('validates login input and takes SQL in the email as plain text', async () => {
    const client = new SessionClient(app.url);
    const empty = await client.login('', 'x');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'email' });
    const sql = await client.login(`' OR 1=1; --`, `' OR '1'='1`);
    expect(codeOf(sql)).toBe('UNAUTHENTICATED');
    const [row] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM user_account`);
    expect(row?.n).toBeGreaterThan(0);
  });

  it('admin manages accounts; staff may not; disabling ends the sessions', async () => {
    const admin = await signedIn(app.url, app.dataSource, 'beheer@example.nl', ['admin']);
    const staff = await signedIn(app.url, app.dataSource, 'staf2@example.nl', ['swv-staff']);
    const create = `mutation ($email: String!, $name: String!, $roles: [String!]!, $password: String!) {
      createUserAccount(email: $email, displayName: $name, roles: $roles, password: $password) { id email displayName roles } }`;
    const sqlName = `Robert'); DROP TABLE user_account; --`;
    const vars = { email: 'Nieuw@Example.nl', name: sqlName, roles: ['swv-staff'], password: PASSWORD };
    expect(codeOf(await staff.gql(create, vars))).toBe('FORBIDDEN');
    expect(codeOf(await new SessionClient(app.url).gql(create, vars))).toBe('UNAUTHENTICATED');
    const bad = await admin.gql(create, { ...vars, roles: ['root'] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'roles[0]' });
    const short = await admin.gql(create, { ...vars, password: 'kort' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'password' });
    const created = await admin.data<{
      createUserAccount: { id: string; email: string; displayName: string };
    }>(create, vars);
    expect(created.createUserAccount).toMatchObject({ email: 'nieuw@example.nl', displayName: sqlName });
    const dup = await admin.gql(create, vars);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'email' });

    const user = await signedIn(app.url, app.dataSource, 'weg@example.nl', ['swv-staff']);
    const [row] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM user_account WHERE email = 'weg@example.nl'`,
    );
    const disable = `mutation ($id: ID!) { setUserAccountDisabled(userId: $id, disabled: true) { disabledAt } }`;
    expect(codeOf(await staff.gql(disable, { id: row?.id }))).toBe('FORBIDDEN');
    const done = await admin.data<{ setUserAccountDisabled: { disabledAt: string | null } }>(disable, {
      id: row?.id,
    });
    expect(done.setUserAccountDisabled.disabledAt).not.toBeNull();
    expect((await user.gql<{ me: null }>(ME)).data?.me).toBeNull();
    expect(codeOf(await user.login('weg@example.nl', PASSWORD))).toBe('UNAUTHENTICATED');
    const [events] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor = 'beheer@example.nl' AND action IN ('account.created', 'account.disabled')`,
    );
    expect(events?.n).toBe(2);
  });
});
