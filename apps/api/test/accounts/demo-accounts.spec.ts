import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.seed-step';
import { startTestApp, type TestApp } from '../test-app';
import { SessionClient } from './session-client';

describe('demo accounts (seed)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  it('the demo seed creates one account per role with the documented passwords', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const client = new SessionClient(app.url);
      const result = await client.gql<{ login: { roles: string[]; schoolIds: string[] } }>(
        `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { roles schoolIds } }`,
        { e: account.email, p: account.password },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.login.roles).toEqual(account.roles);
      expect(result.data?.login.schoolIds).toHaveLength(account.roles.includes('school-editor') ? 1 : 0);
    }
    const [linked] = await app.dataSource.query<{ demo: boolean }[]>(
      `SELECT s.is_demo AS demo FROM user_account_school l JOIN school s ON s.id = l.school_id`,
    );
    expect(linked?.demo).toBe(true);
  });

  it('creates no accounts in a database without the demo region', async () => {
    const plain = await startTestApp();
    try {
      const [row] = await plain.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM user_account`,
      );
      expect(row?.n).toBe(0);
    } finally {
      await plain.close();
    }
  });
});
