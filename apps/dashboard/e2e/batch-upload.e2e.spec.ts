/**
 * End to end: Beheer → "Veel documenten tegelijk inlezen" as the demo staff account, on the built API (on a new
 * PostgreSQL database, demo region) in Debian's Chromium. Uploads five documents at once (three PDFs and a DOCX of demo schools,
 * one damaged PDF); the server reads them as background jobs. The page is reloaded while the batch is still being
 * read: the batch is found again on the server and followed to the end, with an outcome per file (the damaged one
 * refused with a Dutch reason). Screenshots: test-artifacts/screenshots/beheer-batch-bezig.png (before the reload)
 * and beheer-batch-klaar.png.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
// The generated SOP documents of the API's day-one tests (the import library's template, rendered as PDF/DOCX).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { renderSop } from '../../api/test/region-day-one/sop-documents';
import { REPO_ROOT, type RunningApi, startApi } from './support/api-server';
import { type Browser, isolateFromInternet, launchBrowser, runAxe } from './support/browser';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const STAFF = { email: 'staf@demo.sop-atlas.nl', password: 'demo-staf-2026' };

/** The PostgreSQL server of the API's integration tests (CI has one); this spec makes and drops its own database. */
const ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = `sop_atlas_e2e_batch_${process.pid}`;

let api: RunningApi;
let browser: Browser;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Jobs on a real PostgreSQL, as in production (the embedded PGlite's socket server interleaves the protocol
  // messages of concurrent connections; the other e2e specs cover it). The API migrates the new database at start.
  await admin(`CREATE DATABASE ${DATABASE}`);
  api = await startApi(300_000, {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DATABASE}`,
    JOB_POLL_SECONDS: '1',
    // one document at a time, so the page reloads while the batch is still being read
    JOB_WORKERS: '1',
  });
  browser = await launchBrowser({ width: 1366, height: 900 });
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
});

interface DemoSchool {
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
}

async function demoSchools(count: number): Promise<DemoSchool[]> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ schools(first: ${count}, filter: { isDemo: true }) { edges { node { name street houseNumber postcode place } } } }`,
    }),
  });
  const body = (await response.json()) as { data: { schools: { edges: { node: DemoSchool }[] } } };
  return body.data.schools.edges.map((e) => e.node);
}

describe('Beheer → Veel documenten tegelijk inlezen (demo staff)', () => {
  it('uploads several files, survives a reload mid-batch and shows every file’s outcome', async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    try {
      const schools = await demoSchools(4);
      expect(schools).toHaveLength(4);
      const files = await Promise.all(
        schools.map(async (school, i) => {
          const format = i === 3 ? 'docx' : 'pdf';
          const bytes = await renderSop(
            {
              name: school.name,
              addressLine: `${school.street} ${school.houseNumber}, ${school.postcode} ${school.place}`,
              clean: true,
            },
            format,
          );
          return {
            name: `school-${i + 1}.${format}`,
            mimeType: format === 'pdf' ? 'application/pdf' : 'application/octet-stream',
            buffer: Buffer.from(bytes),
          };
        }),
      );
      files.push({
        name: 'kapot.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7 dit is geen echte PDF'),
      });

      await isolateFromInternet(page, api.url);
      await page.goto(`${api.url}/beheer`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Inloggen bij SOP Atlas' });
      await dialog.getByLabel('E-mailadres').fill(STAFF.email);
      await dialog.getByLabel('Wachtwoord').fill(STAFF.password);
      await dialog.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('banner').getByText(`Ingelogd als ${STAFF.email}`).waitFor();

      const section = page.getByRole('region', { name: 'Veel documenten tegelijk inlezen' });
      await section.getByLabel('Bestanden of ZIP-bestand').setInputFiles(files);
      await section.getByRole('button', { name: 'Op de achtergrond inlezen' }).click();
      // The answer is the batch: every file listed with its own progress bar, and one for the whole batch.
      await section.getByRole('table', { name: /^Voortgang per document: \d van 5 ingelezen$/ }).waitFor();
      await section.getByLabel('Voortgang van de hele upload').waitFor();
      for (const file of files) await section.getByLabel(`Voortgang van ${file.name}`).waitFor();
      const before = await section.getByRole('status').innerText();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-batch-bezig.png'), fullPage: true });
      // Still being read when the page reloads (the server reads one PDF at a time on the embedded database).
      expect(before).toMatch(/^[0-4] van 5 documenten ingelezen/);

      await page.reload({ waitUntil: 'domcontentloaded' });
      const again = page.getByRole('region', { name: 'Veel documenten tegelijk inlezen' });
      await again.getByRole('table', { name: /^Voortgang per document: \d van 5 ingelezen$/ }).waitFor();
      await again.getByText(/^Klaar: alle 5 documenten zijn ingelezen\./).waitFor({ timeout: 180_000 });

      const table = again.getByRole('table', { name: 'Voortgang per document: 5 van 5 ingelezen' });
      const refused = table.getByRole('row', { name: /kapot\.pdf/ });
      await refused.getByRole('cell', { name: 'geweigerd', exact: true }).waitFor();
      expect(await refused.innerText()).toMatch(/kapot\.pdf: .*(PDF|beschadigd|gelezen)/);
      for (const file of files.slice(0, 4)) {
        const row = table.getByRole('row', { name: new RegExp(file.name.replace('.', '\\.')) });
        expect(await row.getByRole('cell').nth(1).innerText()).toMatch(/^(klaar|te beoordelen)$/);
        await row.getByRole('link', { name: /^bij / }).waitFor();
      }
      expect(await again.getByLabel('Voortgang van de hele upload').getAttribute('value')).toBe('100');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-batch-klaar.png'), fullPage: true });
      expect(serious.map((v) => v.id)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } catch (error) {
      // the API's own account of what failed (JSON log lines at error level) next to the browser's
      const apiErrors = api
        .logs()
        .split('\n')
        .filter((line) => line.includes('"level":50'));
      console.error([...consoleErrors, ...apiErrors].join('\n'));
      throw error;
    } finally {
      await page.close();
    }
  }, 300_000);
});
