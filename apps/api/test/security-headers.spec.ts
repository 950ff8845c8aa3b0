import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from './test-app';

describe('security headers (production and test; not development)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['/', '/scholen/123', '/graphql?query=%7B__typename%7D', '/health/live'])(
    'on %s',
    async (route) => {
      const response = await fetch(`${app.url}${route}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    },
  );

  it("allows exactly the fallback page's inline script, by hash", async () => {
    const response = await fetch(`${app.url}/`);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const script of scripts) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
  });

  it('is off in development (GraphiQL loads from a CDN)', async () => {
    const dev = await startTestApp({ env: { NODE_ENV: 'development' } });
    try {
      expect((await fetch(`${dev.url}/`)).headers.get('content-security-policy')).toBeNull();
    } finally {
      await dev.close();
    }
  });
});
