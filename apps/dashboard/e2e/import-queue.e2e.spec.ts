/**
 * End to end: Beheer → "Na het inlezen" as the demo staff account, on the built API (embedded database, demo
 * region) in Debian's Chromium. Uploads two generated SOP PDFs at once: one of a demo school (matched on its
 * address, a clean draft) and one of a school DUO does not know (waits "te koppelen"); publishes everything that is
 * ready in one action; creates the missing school by the explicit choice, then sets its estimated werkgebied by
 * hand on its profile. Screenshot:
 * test-artifacts/screenshots/beheer-na-het-inlezen.png.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
// The generated SOP documents of the API's day-one tests (the import library's template, rendered as PDF).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { renderSop } from '../../api/test/region-day-one/sop-documents';
import {
  addressLineOf,
  openSection,
  consoleErrorsOf,
  demoSchools,
  openBeheerAsStaff,
  pdfFile,
  SCREENSHOTS,
  type StaffTestbed,
  startStaffTestbed,
  uploadDocuments,
} from './support/beheer';
import { runAxe } from './support/browser';

let testbed: StaffTestbed;

beforeAll(async () => {
  testbed = await startStaffTestbed();
});

afterAll(async () => {
  await testbed?.close();
});

describe('Beheer → Na het inlezen (demo staff)', () => {
  it('uploads two documents, publishes what is ready in one action and links the waiting one by explicit choice', async () => {
    const { api, browser } = testbed;
    const page = await browser.context.newPage();
    const consoleErrors = consoleErrorsOf(page);
    try {
      const [demo] = await demoSchools(api.url, 1);
      if (!demo) throw new Error('geen demoschool');
      const known = await renderSop(
        { name: demo.name, addressLine: addressLineOf(demo), clean: true },
        'pdf',
      );
      const unknown = await renderSop(
        {
          name: 'Basisschool Het Verloren Schaap',
          addressLine: 'Nergenslaan 1, 2599 ZZ Den Haag',
          clean: true,
        },
        'pdf',
      );
      await openBeheerAsStaff(page, api.url);

      const upload = await uploadDocuments(page, [
        pdfFile('bekende-school.pdf', known),
        pdfFile('onbekende-school.pdf', unknown),
      ]);
      await upload.getByRole('cell', { name: 'te koppelen aan een school' }).waitFor();
      await upload.getByText('geen bekende school op postcode 2599 ZZ').waitFor();

      // Beheer per task: what happens after importing is its own section.
      const queue = await openSection(page, 'afterImport');
      const table = queue.getByRole('table', { name: 'Te koppelen (1)' });
      await table.getByRole('row', { name: /onbekende-school\.pdf/ }).waitFor();
      const publishAll = queue.getByRole('button', { name: /^Alles wat klaar is publiceren \(\d+\)$/ });
      await publishAll.waitFor();
      const ready = Number(/\((\d+)\)/.exec(await publishAll.innerText())?.[1]);
      expect(ready).toBeGreaterThanOrEqual(1);
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-na-het-inlezen.png'), fullPage: true });
      expect(serious.map((v) => v.id)).toEqual([]);

      await publishAll.click();
      await queue.getByText(new RegExp(`^${ready} SOP('s)? gepubliceerd`)).waitFor();
      await queue.getByRole('button', { name: 'Alles wat klaar is publiceren (0)' }).waitFor();

      await table.getByRole('button', { name: 'Nieuwe school aanmaken uit dit document' }).click();
      await queue.getByText('onbekende-school.pdf is gekoppeld; het SOP staat bij de school.').waitFor();
      await queue.getByText('Geen documenten die op een school wachten.').waitFor();

      // The new school's werkgebied is an estimate (PC4 2599 is not in the table): staff choose it by hand.
      await page.goto(`${api.url}/scholen`, { waitUntil: 'domcontentloaded' });
      await page.getByLabel('Zoek op naam of plaats').fill('Verloren Schaap');
      await page
        .getByRole('link', { name: /Het Verloren Schaap/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Het Verloren Schaap/ }).waitFor();
      await page.getByText('Nu: geschat uit de postcodetabel; controleer het.').waitFor();
      await page.getByLabel('Werkgebied (handmatig kiezen)').selectOption('segbroek');
      await page.getByRole('button', { name: 'Werkgebied vastleggen' }).click();
      await page.getByText('Nu: handmatig gekozen.').waitFor();
      await page.locator('.details__row', { hasText: 'Werkgebied' }).getByText('Segbroek').waitFor();
      // The profile links to the original document its SOP was read from; the link serves the stored PDF.
      const original = page.getByRole('link', { name: 'Open het originele document (onbekende-school.pdf)' });
      await original.waitFor();
      const href = (await original.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
      const download = await page.request.get(`${api.url}${href}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
