/**
 * End to end in Chromium: the printable region report has no serious axe findings (its share cells keep their
 * contrast) and names the schools it cannot place; the profile shows the SOP's own date apart from the day it was
 * published in SOP Atlas; Vergelijken shows pupils, funding per leerling and the SOP's date per school.
 * Run after building api + dashboard: `npx jest -c apps/dashboard/e2e/jest.config.js report-and-dates`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type RunningApi, startApi } from './support/api-server';
import { type Browser, isolateFromInternet, launchBrowser, runAxe } from './support/browser';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const YEAR = '2023-2024';

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function seriousAxe(page: Page): Promise<string[]> {
  const violations = await runAxe(page);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} × ${v.nodes.length} @ ${v.nodes[0]?.target.join(' ')}`);
}

let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(180_000);
  browser = await launchBrowser({ width: 1366, height: 768 });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('report, SOP dates and Vergelijken in Chromium', () => {
  it('the print report of the region has no serious or critical axe findings and says whom it leaves out', async () => {
    const page = await browser.context.newPage();
    try {
      await isolateFromInternet(page, api.url);
      await page.goto(`${api.url}/api/reports/region.html?schoolYear=${YEAR}`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: /Dekkend aanbod regio SPPOH/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Niet geplaatste scholen' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const violations = await runAxe(page);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      console.log(
        `axe on the print report: ${violations.length} rules with findings, serious/critical nodes: ${serious.reduce((n, v) => n + v.nodes.length, 0)}`,
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, 'rapport-print.png'), fullPage: true });
      expect(
        serious.map(
          (v) => `${v.id} (${v.impact}): ${v.help} × ${v.nodes.length} @ ${v.nodes[0]?.target.join(' ')}`,
        ),
      ).toEqual([]);
      // werkgebied names, never codes, in the coverage table
      const headers = await page.locator('table').first().locator('thead th').allInnerTexts();
      expect(headers).toContain('Laak');
      expect(headers).not.toContain('laak');
    } finally {
      await page.close();
    }
  });

  it("the profile shows the SOP's own date (or that it states none) beside the day it was published here", async () => {
    const found = await graphql<{ schools: { edges: { node: { id: string } }[] } }>(
      api.url,
      `
        {
          schools(filter: { text: "Basisschool Jeroen" }, first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    const id = found.schools.edges[0]?.node.id ?? '';
    const page = await browser.context.newPage();
    try {
      await isolateFromInternet(page, api.url);
      await page.goto(`${api.url}/scholen/${id}?jaar=${YEAR}`, { waitUntil: 'domcontentloaded' });
      const meta = page.locator('.sop-meta');
      await meta.waitFor();
      // the real SOP's date fields are empty: it says so, and never passes the load date off as the SOP's date
      await expect(meta.innerText()).resolves.toMatch(
        /het document noemt geen datum; schooljaar 2023-2024 · in SOP Atlas gepubliceerd op \d{1,2} \w+ \d{4}/,
      );
      // 2023-2024 is more than two school years before the running one: the profile warns, as the overview counts
      await page
        .getByRole('note')
        .filter({ hasText: /^Verouderd:/ })
        .waitFor();
    } finally {
      await page.close();
    }
  });

  it("Vergelijken shows each school's pupils, funding per leerling and SOP date, labelled which date", async () => {
    const first = await graphql<{ schools: { edges: { node: { id: string } }[] } }>(
      api.url,
      '{ schools(first: 2) { edges { node { id } } } }',
    );
    const ids = first.schools.edges.map((e) => e.node.id);
    const page = await browser.context.newPage();
    try {
      await isolateFromInternet(page, api.url);
      await page.goto(`${api.url}/vergelijken?${ids.map((id) => `school=${id}`).join('&')}`, {
        waitUntil: 'domcontentloaded',
      });
      const pupils = page.locator('tr[data-fact="pupils"]');
      await pupils.waitFor();
      await expect(pupils.locator('th').innerText()).resolves.toBe('Leerlingen');
      await expect(page.locator('tr[data-fact="fundingPerPupil"] th').innerText()).resolves.toBe(
        'Basisondersteuning per leerling',
      );
      const dates = await page.locator('tr[data-fact="sopDate"] td:not(.num)').allInnerTexts();
      expect(dates).toHaveLength(2);
      for (const cell of dates) expect(cell).toMatch(/volgens het document|in SOP Atlas gepubliceerd|^–$/);
      expect(await seriousAxe(page)).toEqual([]);
      // on a phone the new rows scroll inside the table, the page itself never sideways
      await page.setViewportSize({ width: 390, height: 844 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      // the footnote that says how the region shares are counted stays
      await page
        .getByText(/Aandeel SPPOH en werkgebied: van de \d+ scholen in SPPOH met een gepubliceerd SOP/)
        .waitFor();
    } finally {
      await page.close();
    }
  });
});
