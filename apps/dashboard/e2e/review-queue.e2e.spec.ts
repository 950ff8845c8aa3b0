/**
 * End to end: the review queue as the demo staff account, on the built API (embedded database, demo region) in
 * Debian's Chromium. Uploads a generated SOP PDF of a demo school whose partner row 'Fysiotherapie' carries two
 * marks (a cell in doubt); opens the draft; the queue shows the area of the original page (pdf.js in the browser)
 * with the row highlighted over the marks and each candidate's cell numbered; chooses a candidate with the keyboard;
 * publishes. Screenshot: test-artifacts/screenshots/beheer-beoordelen-uitsnede.png.
 * Then data health: a school created from a document DUO does not know (estimated werkgebied, no coordinates) is
 * listed; staff choose its werkgebied and drop a pin on the map, and it leaves the list.
 * Screenshot: test-artifacts/screenshots/beheer-datagezondheid.png.
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
  graphql,
  openBeheer,
  openBeheerAsStaff,
  pdfFile,
  SCREENSHOTS,
  type StaffTestbed,
  startStaffTestbed,
  uploadDocuments,
  waitUntilSignedIn,
} from './support/beheer';
import { E2E_STAFF_TOKEN } from './support/api-server';
import { runAxe } from './support/browser';

let testbed: StaffTestbed;

beforeAll(async () => {
  // A busy machine may need more than a minute to migrate the embedded database and load the demo region.
  testbed = await startStaffTestbed({ startTimeoutMs: 180_000 });
});

afterAll(async () => {
  await testbed?.close();
});

/** Dark pixels of the crop canvas inside a rectangle given in CSS pixels of the canvas (all of it when null). */
const DARK_PIXELS = (rect: { left: number; top: number; width: number; height: number } | null) => {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="page-crop-canvas"]');
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return -1;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const r = rect ?? { left: 0, top: 0, width: canvas.width / ratio, height: canvas.height / ratio };
  const x = Math.max(0, Math.floor(r.left * ratio));
  const y = Math.max(0, Math.floor(r.top * ratio));
  const w = Math.min(canvas.width - x, Math.ceil(r.width * ratio));
  const h = Math.min(canvas.height - y, Math.ceil(r.height * ratio));
  if (w <= 0 || h <= 0) return 0;
  const data = ctx.getImageData(x, y, w, h).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4)
    if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 300 && (data[i + 3] ?? 0) > 128)
      dark += 1;
  return dark;
};

describe('Beheer → Concepten beoordelen: the review queue with page crops', () => {
  it('shows the cell in doubt on the original page, takes a candidate from the keyboard and publishes', async () => {
    const { api, browser } = testbed;
    const page = await browser.context.newPage();
    const consoleErrors = consoleErrorsOf(page);
    try {
      const [demo] = await demoSchools(api.url, 1);
      if (!demo) throw new Error('geen demoschool');
      const pdf = await renderSop(
        { name: demo.name, addressLine: addressLineOf(demo), clean: true, markTwice: 'Fysiotherapie' },
        'pdf',
      );
      await openBeheerAsStaff(page, api.url);
      const upload = await uploadDocuments(page, [pdfFile('twijfel.pdf', pdf)]);
      await upload.getByRole('rowheader', { name: 'twijfel.pdf' }).waitFor();

      const review = await openSection(page, 'review');
      await review.getByRole('button', { name: 'Lijst vernieuwen' }).click();
      await review
        .getByRole('button', { name: new RegExp(`^Beoordelen: ${demo.name}`) })
        .first()
        .click();

      const queue = await openSection(page, 'reviewQueue');
      await queue.getByText(/^Toetsen: j of ↓ volgende/).waitFor();
      await queue.getByText(/Rij 'Fysiotherapie': meer dan één markering/).waitFor();
      const figure = queue.locator('figure.page-crop[data-state="ready"]');
      await figure.waitFor({ timeout: 60_000 });

      // The crop is drawn (the page's text and rules), and the highlighted row holds ink: the two marks.
      const canvas = figure.getByTestId('page-crop-canvas');
      const canvasBox = await canvas.boundingBox();
      const highlightBox = await figure.getByTestId('page-crop-highlight').boundingBox();
      if (!canvasBox || !highlightBox) throw new Error('geen uitsnede of markering');
      expect(canvasBox.width).toBeGreaterThan(200);
      expect(await page.evaluate(DARK_PIXELS, null)).toBeGreaterThan(500);
      // The highlight lies inside the crop, not at its edge (the margin around the cell).
      expect(highlightBox.x).toBeGreaterThan(canvasBox.x + 5);
      expect(highlightBox.y).toBeGreaterThan(canvasBox.y + 5);
      expect(highlightBox.x + highlightBox.width).toBeLessThan(canvasBox.x + canvasBox.width - 5);
      expect(highlightBox.y + highlightBox.height).toBeLessThan(canvasBox.y + canvasBox.height - 5);
      const inCanvas = (b: { x: number; y: number; width: number; height: number }) => ({
        left: b.x - canvasBox.x,
        top: b.y - canvasBox.y,
        width: b.width,
        height: b.height,
      });
      expect(await page.evaluate(DARK_PIXELS, inCanvas(highlightBox))).toBeGreaterThan(20);
      // Each candidate's cell (numbered 1 and 2) holds one of the marks; the cells lie within the highlighted row.
      const cells = figure.getByTestId('page-crop-cell');
      expect(await cells.count()).toBe(2);
      for (let k = 0; k < 2; k += 1) {
        const cellBox = await cells.nth(k).boundingBox();
        if (!cellBox) throw new Error(`geen cel ${k + 1}`);
        expect(cellBox.y).toBeGreaterThanOrEqual(highlightBox.y - 1);
        expect(cellBox.y + cellBox.height).toBeLessThanOrEqual(highlightBox.y + highlightBox.height + 1);
        expect(await page.evaluate(DARK_PIXELS, inCanvas(cellBox))).toBeGreaterThan(10);
      }
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'beheer-beoordelen-uitsnede.png'),
        fullPage: true,
      });
      expect(serious.map((v) => v.id)).toEqual([]);

      // Keyboard only: to the first candidate, → to the second, Enter chooses it.
      const choices = queue.getByRole('group', { name: 'Kies wat er in het origineel staat' });
      const second = choices.getByRole('button').nth(1);
      const secondLabel = (await second.innerText()).replace(/^\s*2\s*/, '').trim();
      await choices.getByRole('button').first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await queue.getByText('Alle waarschuwingen van dit concept zijn beoordeeld.').waitFor();

      await review.getByRole('button', { name: 'Publiceren' }).click();
      await review.getByText('Gepubliceerd. Het profiel is nu voor iedereen zichtbaar.').waitFor();

      // The published SOP holds the chosen value for Fysiotherapie.
      const published = await graphql<{
        school: { sop: { partners: { label: string; frequency: string | null }[] } | null };
      }>(api.url, `{ school(id: "${demo.id}") { sop { partners { label frequency } } } }`);
      const fysio = published.school.sop?.partners.find((p) => p.label === 'Fysiotherapie');
      expect(fysio?.frequency).not.toBeNull();
      expect(secondLabel.toLowerCase().replace(/ /g, '-')).toBe(fysio?.frequency);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('data health: lists a school without coordinates and with an estimated werkgebied, fixed by choice and pin', async () => {
    // The same browser context: still signed in as staff.
    const { api, browser } = testbed;
    const page = await browser.context.newPage();
    // The map's tiles cannot load here (no internet): that is the background only.
    const consoleErrors = consoleErrorsOf(page, { ignore: /Failed to load resource/ });
    try {
      const unknown = await renderSop(
        { name: 'Basisschool De Verre Kust', addressLine: 'Nergenslaan 2, 2599 ZZ Den Haag', clean: true },
        'pdf',
      );
      await openBeheer(page, api.url);
      await waitUntilSignedIn(page);
      const upload = await uploadDocuments(page, [pdfFile('verre-kust.pdf', unknown)]);
      await upload.getByRole('rowheader', { name: 'verre-kust.pdf' }).waitFor();
      const queue = await openSection(page, 'afterImport');
      await queue.getByRole('button', { name: 'Nieuwe school aanmaken uit dit document' }).click();
      await queue.getByText('verre-kust.pdf is gekoppeld; het SOP staat bij de school.').waitFor();
      // Data health is its own section of Beheer (loaded when opened): the new school is in it.
      const health = await openSection(page, 'dataHealth');
      const row = health.getByRole('row', { name: /De Verre Kust/ });
      await row.waitFor();
      await row.getByText('werkgebied geschat uit de postcodetabel').waitFor();
      await row.getByText('geen coördinaten (niet te vinden op afstand)').waitFor();

      // One click after choosing: the werkgebied (audited); the row stays for its missing coordinates.
      await row.getByLabel('Werkgebied van Basisschool De Verre Kust').selectOption('scheveningen');
      await row.getByRole('button', { name: 'Werkgebied vastleggen' }).click();
      await health
        .getByText('Basisschool De Verre Kust is bijgewerkt en vastgelegd in het logboek.')
        .waitFor();
      await row.getByText('werkgebied geschat uit de postcodetabel').waitFor({ state: 'detached' });

      // The pin: a click on the map fills the coordinates; saving removes the school from the list.
      await row.getByRole('button', { name: 'Speld zetten' }).click();
      const editor = health.getByRole('form', { name: 'Speld voor Basisschool De Verre Kust' });
      const map = editor.getByTestId('pin-map');
      await map.waitFor();
      // The click goes to viewport coordinates: the map must be in view (Beheer's sections make the page shorter).
      await map.scrollIntoViewIfNeeded();
      const box = await map.boundingBox();
      if (!box) throw new Error('geen kaart');
      await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 20);
      const latitude = editor.getByLabel('Breedtegraad');
      await expect(latitude.inputValue()).resolves.toMatch(/^52,\d+$/);
      await expect(editor.getByLabel('Lengtegraad').inputValue()).resolves.toMatch(/^4,\d+$/);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-datagezondheid.png'), fullPage: true });
      await editor.getByRole('button', { name: 'Speld vastleggen' }).click();
      await health
        .getByText('Basisschool De Verre Kust is bijgewerkt en vastgelegd in het logboek.')
        .waitFor();
      await health.getByRole('row', { name: /De Verre Kust/ }).waitFor({ state: 'detached' });

      const found = await graphql<{
        schools: {
          edges: {
            node: {
              name: string;
              latitude: number | null;
              longitude: number | null;
              werkgebied: { code: string };
            };
          }[];
        };
      }>(
        api.url,
        `
          {
            schools(first: 50, filter: { isDemo: false }) {
              edges {
                node {
                  name
                  latitude
                  longitude
                  werkgebied {
                    code
                  }
                }
              }
            }
          }
        `,
        { asStaff: true },
      );
      const school = found.schools.edges.find((e) => /De Verre Kust/.test(e.node.name))?.node;
      expect(school?.werkgebied.code).toBe('scheveningen');
      expect(school?.latitude).toBeGreaterThan(52);
      expect(school?.longitude).toBeGreaterThan(4.2);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("data health: two DUO pupil files disagree on a school's kind; staff see both sources in words and choose one", async () => {
    const { api, browser } = testbed;
    // DUO's pupil file, as the API's DUO tests write it: the same school as SBO (2023) and as SO (2024).
    const pupils = (peildatum: string, kind: string): Buffer =>
      Buffer.from(
        '\uFEFFPEILDATUM_LEERLINGEN,INSTELLINGSCODE,VESTIGINGSCODE,INSTELLINGSNAAM_VESTIGING,POSTCODE_VESTIGING,' +
          'PLAATSNAAM,GEMEENTENUMMER,GEMEENTENAAM,SOORT_PO,DENOMINATIE_VESTIGING,BEVOEGD_GEZAG_NUMMER,' +
          'SWV_VESTIGING,TOTAAL\n' +
          `${peildatum},99KT,99KT00,De Twijfelaar,2517KA,'S-GRAVENHAGE,0518,'s-Gravenhage,${kind},Openbaar,99001,PO2815,95\n`,
        'utf8',
      );
    for (const [name, bytes] of [
      ['leerlingen-2023.csv', pupils('20231001', 'Sbo')],
      ['leerlingen-2024.csv', pupils('20241001', 'SO')],
    ] as const) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const response = await fetch(`${api.url}/api/uploads/duo`, {
        method: 'POST',
        headers: { authorization: `Bearer ${E2E_STAFF_TOKEN}` },
        body: form,
      });
      expect(response.status).toBe(200);
    }
    const page = await browser.context.newPage();
    const consoleErrors = consoleErrorsOf(page, { ignore: /Failed to load resource/ });
    try {
      await openBeheer(page, api.url);
      await waitUntilSignedIn(page);
      await openSection(page, 'dataHealth');
      // its own list below the places (the school is also there: a DUO file gives no coordinates)
      const health = page.getByRole('region', { name: 'Soort school onzeker' });
      const row = health.getByRole('row', { name: /De Twijfelaar/ });
      await row.waitFor();
      // the newest peildatum decides what is stored until staff choose; both sources named in users' words
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Speciaal onderwijs (volgens DUO)');
      expect(text).toContain(
        'Speciaal basisonderwijs — leerlingen-2023.csv (leerlingenbestand, peildatum 1 oktober 2023)',
      );
      expect(text).toContain(
        'Speciaal onderwijs — leerlingen-2024.csv (leerlingenbestand, peildatum 1 oktober 2024)',
      );
      expect(await row.textContent()).not.toMatch(/\b(SBO|SO|BAO|duo|manual)\b/);
      const violations = await runAxe(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

      await row.getByLabel('Soort school van De Twijfelaar').selectOption('SBO');
      await row.getByRole('button', { name: 'Soort vastleggen' }).click();
      await health.getByText('De Twijfelaar is bijgewerkt en vastgelegd in het logboek.').waitFor();
      await health.getByRole('row', { name: /De Twijfelaar/ }).waitFor({ state: 'detached' });
      const found = await graphql<{ schools: { edges: { node: { name: string; kind: string } }[] } }>(
        api.url,
        `
          {
            schools(first: 5, filter: { text: "Twijfelaar", isDemo: false }) {
              edges {
                node {
                  name
                  kind
                }
              }
            }
          }
        `,
        { asStaff: true },
      );
      expect(found.schools.edges.map((e) => e.node)).toEqual([{ name: 'De Twijfelaar', kind: 'SBO' }]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
