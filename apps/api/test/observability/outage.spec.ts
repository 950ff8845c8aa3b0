import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/observability/database-unavailable';
import { DatabaseProxy } from '../db-proxy';
import { startTestApp, type TestApp } from '../test-app';
import { createTestDatabase, type TestDatabase } from '../test-database';

async function gql(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

describe('a database outage: 503 with a Dutch message and Retry-After; live stays up, ready goes down', () => {
  const proxy = new DatabaseProxy();
  let app: TestApp;
  let database: TestDatabase;
  beforeAll(async () => {
    await proxy.up();
    database = await createTestDatabase();
    app = await startTestApp({ env: { DATABASE_URL: proxy.via(database.url) } });
  });
  afterAll(async () => {
    await proxy.up().catch(() => undefined);
    await app.close();
    await proxy.down();
    await database.drop();
  });

  it('answers 503 on GraphQL and REST while the database is down, and recovers when it is back', async () => {
    expect((await gql(app.url, '{ schools(first: 1) { totalCount } }')).status).toBe(200);
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/health/live`)).json()).toEqual({ status: 'ok' });

    await proxy.down();

    const query = await gql(app.url, '{ schools(first: 1) { totalCount } }');
    expect(query.status).toBe(503);
    expect(query.retryAfter).toBe('5');
    expect(query.body.errors?.[0]).toMatchObject({
      message: DATABASE_UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(JSON.stringify(query.body)).not.toMatch(/127\.0\.0\.1|ECONN|stack|\/work\//);

    const health = await gql(app.url, '{ health { status } }');
    expect(health.status).toBe(503);

    const csv = await fetch(`${app.url}/api/exports/schools.csv`);
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toBe('5');
    expect(await csv.json()).toEqual({ statusCode: 503, message: DATABASE_UNAVAILABLE_MESSAGE });

    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);

    await proxy.up();
    let recovered = 0;
    for (let i = 0; i < 50 && recovered !== 200; i++) {
      recovered = (await gql(app.url, '{ schools(first: 1) { totalCount } }')).status;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(200);
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
  });
});
