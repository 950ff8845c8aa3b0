// Runs only with --experimental-vm-modules (the api `test` script sets it): openid-client and oidc-provider are
// ESM only and reach Jest through dynamic import().
import { type DataSource } from 'typeorm';
import { createUserAccount } from '../../src/accounts/accounts.service';
import { type Role } from '../../src/common/auth/access-rule.decorator';
import { SESSION_COOKIE } from '../../src/common/auth/identity';
import { startTestApp, type TestApp } from '../test-app';
import { Browser, freePort, startTestOidcProvider, type TestOidcProvider } from './oidc-test-provider';
import { PASSWORD, SessionClient } from './session-client';

const CALLBACK = '/api/auth/oidc/callback';
const ME = `{ me { email roles } }`;

async function addAccount(db: DataSource, email: string, roles: Role[], password: string | null = PASSWORD) {
  return db.transaction((m) =>
    createUserAccount(m, { email, displayName: email, password, roles, schoolIds: [] }),
  );
}

async function failures(db: DataSource, actor: string): Promise<string[]> {
  const rows = await db.query<{ reason: string }[]>(
    `SELECT reason FROM audit_event WHERE action = 'login.failed' AND actor = $1 ORDER BY id`,
    [actor],
  );
  return rows.map((r) => r.reason);
}

describe('OpenID Connect login against a real provider (oidc-provider) and real PostgreSQL', () => {
  let app: TestApp;
  let idp: TestOidcProvider;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startTestOidcProvider({
      redirectUri: `http://127.0.0.1:${port}${CALLBACK}`,
      people: [
        { id: 'docent-1', claims: { email: 'Docent@School.nl', email_verified: true, name: 'Docent' } },
        // Entra style: no email, the UPN in preferred_username, the stable id in oid.
        { id: 'pairwise-sub-2', claims: { preferred_username: 'Staf@School.nl', oid: 'entra-oid-2' } },
        { id: 'vreemde-3', claims: { email: 'onbekend@school.nl' } },
        { id: 'uit-4', claims: { email: 'uitgeschakeld@school.nl' } },
        { id: 'ander-5', claims: { email: 'gekoppeld@school.nl' } },
      ],
    });
    app = await startTestApp({
      env: {
        PORT: String(port),
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_REDIRECT_URL: `http://127.0.0.1:${port}${CALLBACK}`,
        OIDC_LABEL: 'Inloggen met Test-ID',
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  /** A fresh browser signs in at the provider as `person` (or cancels); the API callback's answer. */
  async function signIn(
    next: TestOidcProvider['nextInteraction'],
    options: { returnTo?: string; tamper?: (callback: URL) => URL; browser?: Browser } = {},
  ): Promise<{ location: string | null; session: string | undefined; browser: Browser }> {
    idp.nextInteraction = next;
    const browser = options.browser ?? new Browser();
    const start = new URL(`${app.url}/api/auth/oidc/login`);
    if (options.returnTo !== undefined) start.searchParams.set('returnTo', options.returnTo);
    const isCallback = (hop: URL) => hop.pathname === CALLBACK;
    const { url, response } = await browser.follow(start.href, isCallback, (hop) =>
      isCallback(hop) && options.tamper ? options.tamper(hop) : hop,
    );
    expect(url.pathname).toBe(CALLBACK);
    expect(response.status).toBe(302);
    return {
      location: response.headers.get('location'),
      session: browser.cookie('127.0.0.1', SESSION_COOKIE),
      browser,
    };
  }

  it('lists the provider for the dashboard', async () => {
    const result = await new SessionClient(app.url).data<{ authProviders: unknown[] }>(
      `{ authProviders { id label loginUrl } }`,
    );
    expect(result.authProviders).toEqual([
      { id: 'oidc', label: 'Inloggen met Test-ID', loginUrl: '/api/auth/oidc/login' },
    ]);
  });

  it('redirects to the provider with PKCE (S256), state and nonce, and a short-lived httpOnly login cookie', async () => {
    const response = await new Browser().get(`${app.url}/api/auth/oidc/login`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const name of ['code_challenge', 'state', 'nonce', 'client_id', 'redirect_uri']) {
      expect(location.searchParams.get(name)).toBeTruthy();
    }
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sop_atlas_oidc='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/i);
    expect(cookie).toMatch(/Max-Age=600/i);
  });

  it('signs in an existing account by its email (any case): same session cookie as the local login, me works', async () => {
    const userId = await addAccount(app.dataSource, 'docent@school.nl', ['school-editor']);
    const { location, session, browser } = await signIn(
      { signInAs: 'docent-1' },
      { returnTo: '/scholen?q=a' },
    );
    expect(location).toBe('/scholen?q=a');
    expect(session).toBeDefined();
    expect(browser.cookie('127.0.0.1', 'sop_atlas_oidc')).toBeUndefined();
    const client = new SessionClient(app.url);
    client.cookie = session ?? null;
    expect(await client.data(ME)).toEqual({ me: { email: 'docent@school.nl', roles: ['school-editor'] } });
    const [account] = await app.dataSource.query<{ oidc_issuer: string; oidc_subject: string }[]>(
      `SELECT oidc_issuer, oidc_subject FROM user_account WHERE id = $1`,
      [userId],
    );
    expect(account).toEqual({ oidc_issuer: idp.issuer, oidc_subject: 'docent-1' });
    const sessions = await app.dataSource.query<{ provider: string }[]>(
      `SELECT provider FROM user_session WHERE user_id = $1`,
      [userId],
    );
    expect(sessions).toEqual([{ provider: 'oidc' }]);
  });

  it('Entra style (preferred_username, oid): links the oid, and later finds the account by it alone', async () => {
    const userId = await addAccount(app.dataSource, 'staf@school.nl', ['swv-staff'], null);
    const first = await signIn({ signInAs: 'pairwise-sub-2' });
    expect(first.location).toBe('/beheer');
    expect(first.session).toBeDefined();
    const [linked] = await app.dataSource.query<{ oidc_subject: string }[]>(
      `SELECT oidc_subject FROM user_account WHERE id = $1`,
      [userId],
    );
    expect(linked?.oidc_subject).toBe('entra-oid-2');
    const audit = await app.dataSource.query<{ actor: string }[]>(
      `SELECT actor FROM audit_event WHERE action = 'account.oidc-linked'`,
    );
    expect(audit.map((a) => a.actor)).toContain('staf@school.nl');

    // The account's email changes here; the provider still says Staf@School.nl: only the subject can match.
    await app.dataSource.query(`UPDATE user_account SET email = 'm.staf@swv.nl' WHERE id = $1`, [userId]);
    const second = await signIn({ signInAs: 'pairwise-sub-2' });
    expect(second.location).toBe('/beheer');
    const client = new SessionClient(app.url);
    client.cookie = second.session ?? null;
    expect(await client.data(ME)).toEqual({ me: { email: 'm.staf@swv.nl', roles: ['swv-staff'] } });
  });

  it('refuses a person without an account: no session, /?login=oidc-unknown, audited', async () => {
    const { location, session } = await signIn({ signInAs: 'vreemde-3' });
    expect(location).toBe('/?login=oidc-unknown');
    expect(session).toBeUndefined();
    const [reason] = await failures(app.dataSource, 'onbekend@school.nl');
    expect(reason).toMatch(/^oidc-unknown: unknown-account .* vanaf /);
    const [count] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM user_account WHERE email = 'onbekend@school.nl'`,
    );
    expect(count?.n).toBe(0);
  });

  it('refuses a disabled account, audited', async () => {
    const userId = await addAccount(app.dataSource, 'uitgeschakeld@school.nl', ['swv-staff']);
    await app.dataSource.query(`UPDATE user_account SET disabled_at = now() WHERE id = $1`, [userId]);
    const { location, session } = await signIn({ signInAs: 'uit-4' });
    expect(location).toBe('/?login=oidc-disabled');
    expect(session).toBeUndefined();
    expect(await failures(app.dataSource, 'uitgeschakeld@school.nl')).toEqual([
      expect.stringMatching(/^oidc-disabled: disabled /),
    ]);
  });

  it('does not let a matching email take over an account linked to another subject', async () => {
    const userId = await addAccount(app.dataSource, 'gekoppeld@school.nl', ['admin']);
    await app.dataSource.query(
      `UPDATE user_account SET oidc_issuer = $2, oidc_subject = 'iemand-anders' WHERE id = $1`,
      [userId, idp.issuer],
    );
    const { location, session } = await signIn({ signInAs: 'ander-5' });
    expect(location).toBe('/?login=oidc-linked-elsewhere');
    expect(session).toBeUndefined();
  });

  it('refuses a callback whose state was tampered with, audited', async () => {
    const { location, session } = await signIn(
      { signInAs: 'docent-1' },
      {
        tamper: (hop) => {
          const url = new URL(hop);
          url.searchParams.set('state', `${url.searchParams.get('state') ?? ''}x`);
          return url;
        },
      },
    );
    expect(location).toBe('/?login=oidc-state');
    expect(session).toBeUndefined();
    const rows = await app.dataSource.query<{ reason: string }[]>(
      `SELECT reason FROM audit_event WHERE action = 'login.failed' AND reason LIKE 'oidc-state:%'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses a callback from a browser without the login cookie (another browser, or expired)', async () => {
    const { location, session } = await signIn(
      { signInAs: 'docent-1' },
      {
        browser: new (class extends Browser {
          override async get(url: string): Promise<Response> {
            // The callback arrives without cookies, as in a browser other than the one that started the login.
            if (new URL(url).pathname === CALLBACK) return fetch(url, { redirect: 'manual' });
            return super.get(url);
          }
        })(),
      },
    );
    expect(location).toBe('/?login=oidc-expired');
    expect(session).toBeUndefined();
  });

  it('refuses when the person cancels at the provider (error=access_denied)', async () => {
    const { location, session } = await signIn({ deny: true });
    expect(location).toBe('/?login=oidc-denied');
    expect(session).toBeUndefined();
    const rows = await app.dataSource.query<{ reason: string }[]>(
      `SELECT reason FROM audit_event WHERE action = 'login.failed' AND reason LIKE 'oidc-denied: access_denied%'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('ignores an unsafe returnTo (another site) and lands on /beheer', async () => {
    const { location, session } = await signIn(
      { signInAs: 'docent-1' },
      { returnTo: '//evil.example/beheer' },
    );
    expect(location).toBe('/beheer');
    expect(session).toBeDefined();
  });
});

describe('OpenID Connect not configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers 404 on both routes and lists no provider', async () => {
    for (const path of ['/api/auth/oidc/login', `${CALLBACK}?code=x&state=y`]) {
      const response = await fetch(`${app.url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
    }
    const result = await new SessionClient(app.url).data<{ authProviders: unknown[] }>(
      `{ authProviders { id } }`,
    );
    expect(result.authProviders).toEqual([]);
  });
});

describe('OpenID Connect provider unreachable', () => {
  let app: TestApp;
  beforeAll(async () => {
    const closed = await freePort();
    app = await startTestApp({
      env: {
        OIDC_ISSUER: `http://127.0.0.1:${closed}`,
        OIDC_CLIENT_ID: 'c',
        OIDC_CLIENT_SECRET: 's',
      },
    });
  });
  afterAll(() => app.close());

  it('starts anyway, and the login lands on /?login=oidc-unavailable', async () => {
    const response = await fetch(`${app.url}/api/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/?login=oidc-unavailable');
  });
});
