// Lighthouse (desktop preset) on the Regio-overzicht and Scholen zoeken pages, in Debian's Chromium, against the
// app as `npm start` serves it (the built API + dashboard on the embedded database with the demo region, in a
// scratch DATA_DIR). Prints the scores and key metrics; exits 1 when performance is below the budget (90).
// `-- --mobile` measures with Lighthouse's default mobile settings instead (a phone on slow 4G with a 4× slower CPU):
// reported only (reports named `*-mobiel.html`), the budget is the desktop one.
// Needs `npx nx run-many -t build` first (the nx target `lighthouse` depends on the builds).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const BUDGET = 90;
const MOBILE = process.argv.includes('--mobile');
/** Lighthouse's default configuration is the mobile one. */
const config = MOBILE ? undefined : desktopConfig;
const PAGES = [
  ['Regio-overzicht', '/'],
  ['Scholen zoeken', '/scholen'],
];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForApi(url, child) {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`de app stopte met code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('de app werd niet bereikbaar binnen 120 s');
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'sop-atlas-lighthouse-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const app = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SOP_ATLAS_DEMO: '1',
    LOG_LEVEL: 'warn',
    GEOCODER: 'local',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let chrome;
let failed = false;
try {
  await waitForApi(url, app);
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const outDir = path.join(root, 'test-artifacts/lighthouse');
  mkdirSync(outDir, { recursive: true });
  const rows = [];
  for (const [name, route] of PAGES) {
    // one warm-up load (the first request also compiles server code paths), then the measured run
    await lighthouse(`${url}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    const result = await lighthouse(
      `${url}${route}`,
      {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      config,
    );
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.displayValue ?? '-';
    rows.push({
      page: name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    });
    writeFileSync(
      path.join(
        outDir,
        `${route === '/' ? 'regio-overzicht' : route.slice(1)}${MOBILE ? '-mobiel' : ''}.html`,
      ),
      result.report,
    );
    if (!MOBILE && score('performance') < BUDGET) failed = true;
  }
  console.table(rows);
  console.log(
    MOBILE
      ? 'mobiel (ter informatie, geen budget); rapporten in test-artifacts/lighthouse/'
      : `budget: performance ≥ ${BUDGET} → ${failed ? 'NIET gehaald' : 'gehaald'}; rapporten in test-artifacts/lighthouse/`,
  );
} finally {
  if (chrome) await chrome.kill();
  app.kill('SIGTERM');
  await new Promise((r) => app.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
