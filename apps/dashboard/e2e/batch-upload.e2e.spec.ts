/**
 * End to end: Beheer → "Veel documenten tegelijk inlezen" as the demo staff account, on the built API (on a new
 * PostgreSQL database, demo region) in Debian's Chromium. Uploads five documents at once (three PDFs and a DOCX of demo schools,
 * one damaged PDF); the server reads them as background jobs. The page is reloaded while the batch is still being
 * read: the batch is found again on the server and followed to the end, with an outcome per file (the damaged one
 * refused with a Dutch reason). Screenshots: test-artifacts/screenshots/beheer-batch-bezig.png (before the reload)
 * and beheer-batch-klaar.png.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { Client } from 'pg';
// The generated SOP documents of the API's day-one tests (the import library's template, rendered as PDF/DOCX).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { renderSop } from '../../api/test/region-day-one/sop-documents';
import {
  addressLineOf,
  openSection,
  consoleErrorsOf,
  demoSchools,
  openBeheerAsStaff,
  SCREENSHOTS,
  type StaffTestbed,
  startStaffTestbed,
  type UploadFile,
  uploadBatch,
} from './support/beheer';
import { runAxe } from './support/browser';

/** The PostgreSQL server of the API's integration tests (CI has one); this spec makes and drops its own database. */
const ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = `sop_atlas_e2e_batch_${process.pid}`;

let testbed: StaffTestbed;

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
  // Jobs on the machine's PostgreSQL, as a production set-up with DATABASE_URL runs them (the other e2e specs run on
  // the embedded server). The API migrates the new database at start.
  await admin(`CREATE DATABASE ${DATABASE}`);
  testbed = await startStaffTestbed({
    startTimeoutMs: 300_000,
    env: {
      DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DATABASE}`,
      JOB_POLL_SECONDS: '1',
      // one document at a time, so the page reloads while the batch is still being read
      JOB_WORKERS: '1',
    },
  });
}, 360_000);

afterAll(async () => {
  await testbed?.close();
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
});

describe('Beheer → Veel documenten tegelijk inlezen (demo staff)', () => {
  it('uploads several files, survives a reload mid-batch and shows every file’s outcome', async () => {
    const { api, browser } = testbed;
    const page = await browser.context.newPage();
    const consoleErrors = consoleErrorsOf(page, { withLocation: true });
    try {
      const schools = await demoSchools(api.url, 4);
      expect(schools).toHaveLength(4);
      const files: UploadFile[] = await Promise.all(
        schools.map(async (school, i) => {
          const format = i === 3 ? 'docx' : 'pdf';
          const bytes = await renderSop(
            { name: school.name, addressLine: addressLineOf(school), clean: true },
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

      await openBeheerAsStaff(page, api.url);
      const section = await uploadBatch(page, files);
      // The answer is the batch: every file listed with its own progress bar, and one for the whole batch.
      await section.getByRole('table', { name: /^Voortgang per document: \d van 5 ingelezen$/ }).waitFor();
      await section.getByLabel('Voortgang van de hele upload').waitFor();
      for (const file of files) await section.getByLabel(`Voortgang van ${file.name}`).waitFor();
      const before = await section.getByRole('status').innerText();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-batch-bezig.png'), fullPage: true });
      // Still being read when the page reloads (the server reads one PDF at a time on the embedded database).
      expect(before).toMatch(/^[0-4] van 5 documenten ingelezen/);

      await page.reload({ waitUntil: 'domcontentloaded' });
      const again = await openSection(page, 'batch');
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
