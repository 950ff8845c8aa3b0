import { Client } from 'pg';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.seed-step';
import { graphql } from './graphql-request';
import { spawnServer, stopServer, waitUntilListening, type ServerProcess } from './server-process';
import { createTestDatabase, type TestDatabase } from './test-database';

async function count(url: string, table: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return result.rows[0]?.n ?? -1;
  } finally {
    await client.end();
  }
}

/**
 * The production build (`node apps/api/dist/main.js`) on a new database with no NODE_ENV and no SOP_ATLAS_DEMO:
 * what a deployment gets. It must start empty (no demo region, no demo accounts with published passwords) and
 * behave as production (no introspection, no field suggestions, no stack traces).
 */
describe('a production start on a new database', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let url: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    // NODE_ENV '' = unset (the default must be production)
    server = spawnServer({ DATABASE_URL: database.url, PORT: '0', NODE_ENV: '' });
    url = await waitUntilListening(server);
  });
  afterAll(async () => {
    await stopServer(server);
    await database.drop();
  });

  it('starts empty: no account, no school, and says how to create the first admin', async () => {
    expect(await count(database.url, 'user_account')).toBe(0);
    expect(await count(database.url, 'school')).toBe(0);
    expect(server.output()).toContain('Nog geen accounts. Maak de eerste beheerder met: npm run sop -- init');
    expect(server.output()).not.toContain('Gevuld');
  });

  it('the published demo passwords sign nobody in', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const result = await graphql(
        url,
        `
          mutation ($e: String!, $p: String!) {
            login(email: $e, password: $p) {
              roles
            }
          }
        `,
        {
          e: account.email,
          p: account.password,
        },
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('has no introspection, no field suggestions and no stack traces', async () => {
    const introspection = await graphql(url, '{ __schema { queryType { name } } }');
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0]?.message).toContain('introspection');
    const typo = await graphql(url, '{ schoolz { totalCount } }');
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "schoolz" on type "Query".');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean|stacktrace/);
    const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).not.toContain('graphiql');
  });
});
