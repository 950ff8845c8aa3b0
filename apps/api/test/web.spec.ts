import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from './test-app';

/** The dashboard as `npm start` serves it: SPA fallback, cache headers, compression (a built dist in a temp dir). */
describe('serving the built dashboard', () => {
  let app: TestApp;
  let dist: string;
  const script = `console.log(${JSON.stringify('x'.repeat(20_000))});`;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'sop-atlas-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="nl"><title>SOP Atlas</title></html>',
    );
    writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), script);
    app = await startTestApp({ dashboardDist: dist });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed assets compressed and cacheable for a year; index.html for every page, never cached', async () => {
    const asset = await fetch(`${app.url}/assets/index-AbC123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(script);

    const page = await fetch(`${app.url}/scholen/123?jaar=2024-2025`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-powered-by')).toBeNull();
    expect(await page.text()).toContain('<title>SOP Atlas</title>');
  });

  it('compresses large GraphQL answers when the client accepts it, not when it does not', async () => {
    const ask = (encoding: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
      });
    const gzip = await ask('gzip');
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const identity = await ask('identity');
    expect(identity.headers.get('content-encoding')).toBeNull();
    const plain = await identity.text();
    expect(plain.length).toBeGreaterThan(1024);
    expect(await gzip.text()).toBe(plain);
  });
});
