import { startTestApp, type TestApp } from '../test-app';

const TOKEN = 'metrics-token-0123456789';

describe('/metrics (Prometheus): behind a token, off without one', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => app.close());

  it('refuses a scrape without the token or with a wrong one', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${app.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-9876543210' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('sop_atlas_');
  });

  it('counts requests per GraphQL operation and route, the pool and report jobs', async () => {
    for (let i = 0; i < 3; i++) {
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Scholen { schools(first: 1) { totalCount } }' }),
      });
    }
    await fetch(`${app.url}/api/exports/bestaat-niet.csv`);
    const response = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('sop_atlas_http_requests_total{operation="Scholen",status="200"} 3');
    expect(text).toContain(
      'sop_atlas_http_requests_total{operation="GET /api/exports/:file",status="404"} 1',
    );
    expect(text).toMatch(/sop_atlas_http_request_duration_seconds_count\{operation="Scholen"\} 3/);
    expect(text).toMatch(/sop_atlas_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toContain('sop_atlas_report_jobs{status="queued"} 0');
    expect(text).toContain('sop_atlas_process_resident_memory_bytes');
  });

  it('is off (404) without METRICS_TOKEN', async () => {
    const plain = await startTestApp();
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
