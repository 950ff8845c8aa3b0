import { LIMIT_FAILURES_PER_ADDRESS } from '../../src/accounts/accounts.service';
import { startTestApp } from '../test-app';
import { type GraphqlResponse } from '../graphql-request';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;

/** A failed login (unknown email) as it arrives through a proxy that sets X-Forwarded-For. */
async function failedLogin(baseUrl: string, forwardedFor: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: LOGIN, variables: { email: 'niemand@example.nl', password: 'fout-fout' } }),
  });
  const body = (await response.json()) as GraphqlResponse<unknown>;
  return body.errors?.[0]?.extensions?.['reason'];
}

async function exhaust(baseUrl: string, forwardedFor: string): Promise<void> {
  for (let i = 0; i < LIMIT_FAILURES_PER_ADDRESS; i++) {
    expect(await failedLogin(baseUrl, forwardedFor)).toBe('invalid-credentials');
  }
}

describe('TRUST_PROXY: the per-address login limit behind a reverse proxy (real PostgreSQL)', () => {
  it('with TRUST_PROXY=loopback, limits each forwarded client address on its own', async () => {
    const app = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    try {
      await exhaust(app.url, '203.0.113.7');
      expect(await failedLogin(app.url, '203.0.113.7')).toBe('rate-limited');
      // Another client behind the same proxy (the test connects from 127.0.0.1) is not blocked.
      expect(await failedLogin(app.url, '203.0.113.8')).toBe('invalid-credentials');
      const [row] = await app.dataSource.query<{ reason: string }[]>(
        `SELECT reason FROM audit_event WHERE action = 'login.refused' ORDER BY id DESC LIMIT 1`,
      );
      expect(row?.reason).toContain('203.0.113.7');
    } finally {
      await app.close();
    }
  });

  it('without TRUST_PROXY, X-Forwarded-For is ignored: every caller shares the proxy address', async () => {
    const app = await startTestApp();
    try {
      await exhaust(app.url, '203.0.113.7');
      expect(await failedLogin(app.url, '203.0.113.8')).toBe('rate-limited');
    } finally {
      await app.close();
    }
  });
});
