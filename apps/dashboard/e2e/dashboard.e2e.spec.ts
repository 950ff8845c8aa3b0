/**
 * End to end: the built API (embedded database, seeded) serving the built dashboard, opened in Debian's Chromium.
 * Per page: no console errors, no serious/critical axe violations, the page's own content, and a screenshot in
 * test-artifacts/screenshots/ (repo root). Run with `npm run e2e -w apps/dashboard` after building api + dashboard.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_STAFF_TOKEN, REPO_ROOT, type RunningApi, startApi } from './support/api-server';
import { type Browser, isolateFromInternet, launchBrowser, runAxe } from './support/browser';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
/** The real SOP text of Basisschool Jeroen, read from the shared folder beside the repo (never copied into it). */
const JEROEN_SOP = path.resolve(REPO_ROOT, '../shared/sop/jeroen-2023-2024.txt');
const itWithJeroenSop = existsSync(JEROEN_SOP) ? it : it.skip;
if (!existsSync(JEROEN_SOP)) {
  console.warn(`SKIP review e2e: ${JEROEN_SOP} ontbreekt (de echte SOP-tekst staat buiten de repo).`);
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inloggen bij SOP Atlas' });
  await dialog.getByLabel('E-mailadres').fill(email);
  await dialog.getByLabel('Wachtwoord').fill(password);
  await dialog.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('banner').getByText(`Ingelogd als ${email}`).waitFor();
}

/**
 * Scrolls through the whole page and back: charts below the fold draw when they come near the viewport (the
 * Regio-overzicht's `lazy` charts), so axe and the full-page screenshot see everything.
 */
async function revealAll(page: Page): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(100);
    if (done) break;
  }
  await page.waitForFunction(
    () => document.querySelectorAll('.chart-frame__plot[aria-busy="true"]').length === 0,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

function logInAsStaff(page: Page): Promise<void> {
  return logIn(page, 'staf@demo.sop-atlas.nl', 'demo-staf-2026');
}

/** Beheer's tabs: the sections this account sees, in order. */
function adminNav(page: Page) {
  return page.getByRole('navigation', { name: 'Onderdelen van Beheer' });
}

async function adminSections(page: Page): Promise<string[]> {
  return adminNav(page).getByRole('link').allInnerTexts();
}

/** Opens a section of Beheer from its tabs and waits for its URL. */
async function openAdminSection(page: Page, label: string, slug: string): Promise<void> {
  await adminNav(page).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(new RegExp(`/beheer/${slug}$`));
}

interface PageCase {
  readonly name: string;
  /** A function for paths known only once the API runs (school ids). */
  readonly path: string | (() => string);
  readonly heading: string | RegExp;
  /** Waits for the page's own content (data loaded, chart drawn). */
  readonly ready: (page: Page) => Promise<void>;
}

const PAGES: readonly PageCase[] = [
  {
    name: 'regio-overzicht',
    path: '/',
    heading: 'Regio-overzicht',
    ready: async (page) => {
      await page.getByRole('term').filter({ hasText: 'Scholen' }).first().waitFor();
      // The SOP figures below (charts drawn when scrolled near).
      await page.locator('figure', { hasText: 'Expertise binnen het team per werkgebied' }).waitFor();
      // Below the fold the charts, and the map with Leaflet, are drawn and loaded only when they come near the
      // viewport (the first load stays light): the map is still waiting in every viewport measured here.
      expect(await page.locator('.chart-frame__plot[aria-busy="true"]').count()).toBeGreaterThan(0);
      expect(
        await page
          .locator('figure', { hasText: 'op de kaart' })
          .locator('.chart-frame__plot')
          .getAttribute('aria-busy'),
      ).toBe('true');
      expect(await page.locator('.leaflet-container').count()).toBe(0);
      await revealAll(page);
      // Recharts draws only in a real layout: the stacked bars must be there.
      await page.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
      // The map (its own lazy chunk) or its empty state when no school has a werkgebied yet.
      await page
        .locator('figure', { hasText: 'op de kaart' })
        .locator('.leaflet-container, .state--empty')
        .first()
        .waitFor({ state: 'attached' });
    },
  },
  {
    name: 'scholen-zoeken',
    path: '/scholen',
    heading: 'Scholen zoeken',
    ready: async (page) => {
      await page.locator('table.data-table--schools tbody tr').first().waitFor();
    },
  },
  {
    name: 'vergelijken',
    path: '/vergelijken',
    heading: 'Vergelijken',
    ready: async (page) => {
      await page.locator('fieldset.picker').waitFor();
    },
  },
  {
    name: 'vergelijken-scholen',
    path: () => `/vergelijken?${compareIds.map((id) => `school=${id}`).join('&')}`,
    heading: 'Vergelijken',
    ready: async (page) => {
      await page.locator('table.data-table--compare tbody tr').first().waitFor();
    },
  },
  {
    name: 'schoolprofiel',
    path: () => `/scholen/${compareIds[0] ?? ''}`,
    heading: /\S/,
    ready: async (page) => {
      await page.locator('.profile__header').first().waitFor();
    },
  },
  {
    // A visitor without account lands on the first section its staff code opens.
    name: 'beheer',
    path: '/beheer',
    heading: 'Beheer',
    ready: async (page) => {
      await page.waitForURL(/\/beheer\/inlezen$/);
      await page.getByRole('region', { name: 'SOP-documenten inlezen' }).waitFor();
    },
  },
  {
    name: 'beheer-bekostiging',
    path: '/beheer/bekostiging',
    heading: 'Beheer',
    ready: async (page) => {
      await page
        .locator('figure', { hasText: 'Bekostiging basisondersteuning' })
        .locator('.recharts-line-curve, .state--empty')
        .first()
        // A flat line has no height, so Playwright calls it hidden: attached is enough.
        .waitFor({ state: 'attached' });
    },
  },
  {
    name: 'niet-gevonden',
    path: '/bestaat-niet',
    heading: 'Pagina niet gevonden',
    ready: () => Promise.resolve(),
  },
];

function pageCase(name: string): PageCase {
  const found = PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`geen pagina ${name}`);
  return found;
}

const VIEWPORTS = [
  { label: 'telefoon', width: 390, height: 844 },
  { label: 'tablet', width: 768, height: 1024 },
  { label: 'laptop', width: 1366, height: 768 },
] as const;

/**
 * Clicks a checkbox whose state lives in the URL and waits until it shows as checked: the router applies the new
 * search params in a transition, so the box can read unchecked for a moment after the click (Playwright's
 * `check()` asserts right away and then fails at random).
 */
async function checkUrlBacked(box: ReturnType<Page['locator']>): Promise<void> {
  await box.click();
  for (let i = 0; i < 50 && !(await box.isChecked()); i += 1) await box.page().waitForTimeout(100);
  expect(await box.isChecked()).toBe(true);
}

interface NearSchool {
  readonly name: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly postcode: string | null;
  readonly sop: {
    readonly expertise: readonly { code: string | null; availabilityKind: string }[];
    readonly facilities: readonly { code: string | null; status: string | null }[];
  } | null;
}

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

/**
 * Ground truth for the adviser's search, worked out here from the raw data rather than by the search: every school's
 * latest published SOP (autism expertise in the team, a time-out room), plain haversine from 2524 CK, nearest first.
 */
async function expectedNearJeroen(url: string, radiusKm: number): Promise<{ name: string; km: number }[]> {
  const schools: NearSchool[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      schools: {
        edges: { node: NearSchool }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await graphql(
      url,
      `
        query ($after: String) {
          schools(first: 100, after: $after) {
            edges {
              node {
                name
                latitude
                longitude
                postcode
                sop {
                  expertise {
                    code
                    availabilityKind
                  }
                  facilities {
                    code
                    status
                  }
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { after },
    );
    schools.push(...page.schools.edges.map((e) => e.node));
    if (!page.schools.pageInfo.hasNextPage) break;
    after = page.schools.pageInfo.endCursor;
  }
  // The offline geocoder's point for a postcode: the mean position of the schools with that PC6, else that PC4.
  const placed = schools.filter((s) => s.latitude !== null && s.longitude !== null && s.postcode !== null);
  const pc6 = placed.filter((s) => s.postcode?.replace(' ', '') === '2524CK');
  const around = pc6.length > 0 ? pc6 : placed.filter((s) => s.postcode?.startsWith('2524'));
  if (around.length === 0) throw new Error('geen school met postcode 2524 (CK)');
  const mean = (values: number[]) =>
    Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1e6) / 1e6;
  const origin = {
    latitude: mean(around.map((s) => s.latitude ?? 0)),
    longitude: mean(around.map((s) => s.longitude ?? 0)),
  };
  const rad = (d: number) => (d * Math.PI) / 180;
  const km = (s: NearSchool) => {
    const dLat = rad((s.latitude ?? 0) - origin.latitude);
    const dLon = rad((s.longitude ?? 0) - origin.longitude);
    const a =
      Math.sin(dLat / 2) ** 2 +
      Math.cos(rad(origin.latitude)) * Math.cos(rad(s.latitude ?? 0)) * Math.sin(dLon / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
  };
  return schools
    .filter((s) => s.latitude !== null && s.longitude !== null && s.sop !== null)
    .filter((s) => s.sop?.expertise.some((e) => e.code === 'autisme' && e.availabilityKind === 'in-team'))
    .filter((s) => s.sop?.facilities.some((f) => f.code === 'time-out-ruimte' && f.status === 'aanwezig'))
    .map((s) => ({ name: s.name, km: km(s) }))
    .filter((s) => s.km <= radiusKm)
    .sort((a, b) => a.km - b.km || a.name.localeCompare(b.name));
}

let api: RunningApi;
let browser: Browser;
/** Three schools for Vergelijken (the first three by name). */
let compareIds: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Under load the embedded database and the seed can take over a minute to start.
  api = await startApi(180_000);
  const first: { schools: { edges: { node: { id: string } }[] } } = await graphql(
    api.url,
    '{ schools(first: 3) { edges { node { id } } } }',
  );
  compareIds = first.schools.edges.map((e) => e.node.id);
  browser = await launchBrowser({ width: 1366, height: 768 });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function openPage(target: PageCase, viewport: { width: number; height: number }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await isolateFromInternet(page, api.url);
  const targetPath = typeof target.path === 'string' ? target.path : target.path();
  await page.goto(`${api.url}${targetPath}`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 1, name: target.heading }).waitFor();
  await target.ready(page);
  await page.waitForLoadState('networkidle');
  return { page, consoleErrors };
}

/** Tables that must fit without sideways scrolling at this width (their last column not cut off). */
async function unscrolledTables(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((tables) =>
    tables
      .map((t) => t.closest('.table-scroll') ?? t)
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.scrollWidth} > ${box.clientWidth}`),
  );
}

/** Per page and width: results as cards on phones, as a full table beside nothing on a laptop. */
async function expectLayout(page: Page, name: string, width: number): Promise<void> {
  if (name === 'scholen-zoeken') {
    const display = await page
      .locator('table.data-table--schools tbody tr')
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe(width < 768 ? 'grid' : 'table-row');
    if (width >= 1366) expect(await unscrolledTables(page, 'table.data-table--schools')).toEqual([]);
  }
  if (name === 'regio-overzicht' && width >= 1366) {
    expect(await unscrolledTables(page, 'table.heatmap')).toEqual([]);
  }
}

describe('dashboard in Chromium', () => {
  describe.each(VIEWPORTS)('$label ($width×$height)', (viewport) => {
    it.each(PAGES.map((p) => [p.name, p] as const))(
      '%s: renders without console errors or serious axe violations',
      async (_name, target) => {
        const { page, consoleErrors } = await openPage(target, viewport);
        try {
          expect(await page.getByText('Demo-gegevens (fictief)').isVisible()).toBe(true);
          const violations = await runAxe(page);
          const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${target.name}-${viewport.label}.png`),
            fullPage: true,
          });
          expect(consoleErrors).toEqual([]);
          expect(
            serious.map(
              (v) =>
                `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
          // No page wider than its viewport (nothing scrolls sideways, nothing cut off at the left).
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          // The page's own heading starts in the first screen: header and demo notice stay compact.
          const h1Top = await page
            .getByRole('heading', { level: 1 })
            .evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
          expect(h1Top).toBeLessThan(viewport.height * 0.4);
          await expectLayout(page, target.name, viewport.width);
        } finally {
          await page.close();
        }
      },
    );
  });

  it('Scholen zoeken filters by name and shows the seeded school', async () => {
    const { page, consoleErrors } = await openPage(pageCase('scholen-zoeken'), { width: 1366, height: 768 });
    try {
      const rows = page.locator('table.data-table--schools tbody tr');
      const total = await rows.count();
      expect(total).toBeGreaterThan(0);
      await page.getByLabel('Zoek op naam of plaats').fill('Jeroen');
      // The text goes to the server after a pause in typing; then the URL and the results follow.
      await page.waitForURL(/q=Jeroen/);
      await page.getByText('1 school gevonden').waitFor();
      await expect(rows.first().textContent()).resolves.toContain('Jeroen');
      await page.getByLabel('Zoek op naam of plaats').fill('zzz-bestaat-niet');
      await page.getByText('Geen scholen gevonden met deze filters.').waitFor();
      expect(page.url()).toContain('q=zzz-bestaat-niet');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Scholen zoeken: autism in the team + time-out room within 3 km of the postcode 2524 CK finds exactly the expected schools, with distances, matches and map markers', async () => {
    const expected = await expectedNearJeroen(api.url, 3);
    expect(expected.length).toBeGreaterThan(1);
    const target: PageCase = {
      ...pageCase('scholen-zoeken'),
      path: '/scholen?expertise=autisme&voorziening=time-out-ruimte',
    };
    const { page, consoleErrors } = await openPage(target, { width: 1366, height: 768 });
    try {
      // The adviser types the postcode, as on the street (the API geocodes it).
      const search = page.getByRole('search');
      await search.getByLabel('Postcode of adres').fill('2524 CK');
      await search.getByLabel('Straal').selectOption('3');
      await search.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/bij=2524/);
      await page.locator('table.data-table--schools tbody tr', { hasText: ' km' }).first().waitFor();
      const names = await page.locator('table.data-table--schools tbody tr a.school-name').allInnerTexts();
      expect(names).toEqual(expected.map((e) => e.name));
      const rows = page.locator('table.data-table--schools tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      await expect(rows.first().locator('mark').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Autisme', 'Time-out-ruimte']),
      );
      expect(await rows.first().textContent()).toMatch(/\d+,\d km/);
      expect(await page.getByLabel('Postcode of adres').inputValue()).toBe('2524 CK');
      // Markers are SVG: they show even though the test answers every tile with a blank image.
      await page
        .locator('.leaflet-container path.leaflet-interactive')
        .first()
        .waitFor({ state: 'attached' });
      // The searched address and its 3 km ring; the tiles load, so no notice over the map.
      await page.locator('.leaflet-container .map-home').waitFor({ state: 'attached' });
      await page.locator('.leaflet-container path.map-radius').waitFor({ state: 'attached' });
      expect(await page.locator('.map-notice').count()).toBe(0);
      // Two schools chosen for comparison travel to Vergelijken in the URL.
      await checkUrlBacked(rows.nth(0).getByRole('checkbox'));
      if ((await rows.count()) > 1) await checkUrlBacked(rows.nth(1).getByRole('checkbox'));
      expect(page.url()).toContain('kies=');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'scholen-zoeken-autisme-laptop.png'),
        fullPage: true,
      });
      expect(
        serious.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Scholen zoeken map: the searched address with its radius ring, an estimated school location marked on the map and in the list, and a Dutch notice when the tile server is blocked', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      // The blocked tiles themselves are logged by Chromium as failed resources: that is the point here.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    await isolateFromInternet(page, api.url);
    // Later routes win: the PDOK tile server is unreachable (offline, or blocked by a network).
    await page.route(
      (url) => url.hostname === 'service.pdok.nl',
      (route) => route.abort('internetdisconnected'),
    );
    try {
      await page.goto(`${api.url}/scholen?bij=${encodeURIComponent('2524 CK')}&straal=1`, {
        waitUntil: 'domcontentloaded',
      });
      const jeroen = page.locator('table.data-table--schools tbody tr', { hasText: 'Basisschool Jeroen' });
      await jeroen.waitFor();
      // Jeroen's point is the committed estimate (location source `geschat`, not placed by PDOK): said in the list,
      // with where it comes from.
      expect(await jeroen.locator('.tag--approximate').textContent()).toBe('locatie bij benadering');
      expect(await jeroen.innerText()).toContain('Locatie: geschat uit de postcode, niet uit het adres');
      const map = page.locator('.leaflet-container');
      await map.locator('.map-home').waitFor({ state: 'attached' });
      await map.locator('path.map-radius').waitFor({ state: 'attached' });
      // The searched postcode was placed offline (the centre of its schools): the map says it is an estimate.
      await page.getByText('Het gezochte adres is bij benadering geplaatst').waitFor();
      // The estimated school is drawn dashed, and its tooltip says why and where the point comes from.
      const estimated = map.locator('path.leaflet-interactive[stroke-dasharray="3 3"]');
      expect(await estimated.count()).toBe(1);
      await estimated.dispatchEvent('mouseover');
      expect(await page.locator('.leaflet-tooltip').innerText()).toBe(
        'Basisschool Jeroen (locatie bij benadering)\nLocatie: geschat uit de postcode, niet uit het adres',
      );
      // No tiles: a notice in Dutch on the map instead of a grey box without a word.
      const notice = page.locator('.map-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('De achtergrondkaart kan niet worden geladen');
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'scholen-zoeken-kaart-offline-telefoon.png'),
        fullPage: true,
      });
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Bewaard: the adviseur saves two schools while searching around 2524 CK; the shortlist keeps contact, distance, what matched and how current each SOP is, survives a reload, compares side by side, prints and shares as a link', async () => {
    const target: PageCase = {
      ...pageCase('scholen-zoeken'),
      path: `/scholen?bij=${encodeURIComponent('2524 CK')}&straal=3&expertise=autisme`,
      ready: async (p) => {
        await p.locator('table.data-table--schools tbody tr', { hasText: ' km' }).first().waitFor();
      },
    };
    const { page, consoleErrors } = await openPage(target, { width: 1366, height: 768 });
    try {
      await page.evaluate(() => localStorage.removeItem('sop-atlas.bewaard'));
      await page.reload({ waitUntil: 'domcontentloaded' });
      await target.ready(page);
      const rows = page.locator('table.data-table--schools tbody tr');
      expect(await rows.count()).toBeGreaterThan(1);
      const names = [
        await rows.nth(0).locator('a.school-name').innerText(),
        await rows.nth(1).locator('a.school-name').innerText(),
      ];
      for (const name of names) {
        const save = page.getByRole('button', { name: `Bewaar ${name}`, exact: true });
        await save.click();
        expect(await save.getAttribute('aria-pressed')).toBe('true');
      }
      const toList = page.getByRole('link', { name: 'Bewaarde scholen (2)' });
      await toList.click();
      await page.getByRole('heading', { level: 1, name: 'Bewaarde scholen' }).waitFor();
      const items = page.locator('.shortlist__list > li');
      await items.first().locator('dl').waitFor();
      expect(await items.count()).toBe(2);
      const first = (await items.first().innerText()).replace(/\s+/g, ' ');
      expect(first).toContain(names[0] ?? '');
      expect(first).toMatch(/Afstand \d+,\d km vanaf 2524 CK/);
      expect(first).toContain('Gevonden in het SOP Autisme: Binnen het team');
      expect(first).toMatch(/SOP \d{4}-\d{4} \((gepubliceerd|concept|in beoordeling)\)/);
      expect(first).toContain('Adres');

      // Kept in this browser: a reload shows the same list.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await items.first().locator('dl').waitFor();
      expect(await items.count()).toBe(2);

      // Printed: the buttons and the site's navigation stay off the paper, the date of printing on it.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
      expect(await page.getByText(/^Afgedrukt op /).isVisible()).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'bewaard-afdruk.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(200);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'bewaard-telefoon.png'), fullPage: true });
      await page.setViewportSize({ width: 1366, height: 768 });

      // Shared as a link: any browser opens the same schools, with the point the distances were measured from.
      const distances = () =>
        items.evaluateAll((lis) =>
          lis.map((li) => {
            const row = Array.from(li.querySelectorAll('.details__row')).find(
              (r) => r.querySelector('dt')?.textContent === 'Afstand',
            );
            return row?.querySelector('dd')?.textContent ?? null;
          }),
        );
      const sent = await distances();
      expect(sent).toEqual([
        expect.stringMatching(/ vanaf 2524 CK$/),
        expect.stringMatching(/ vanaf 2524 CK$/),
      ]);
      const link = await page.getByLabel('Link om deze lijst te delen').inputValue();
      expect(link).toMatch(/\/bewaard\?school=[^&]+&school=[^&]+&vanaf=2524%20CK&punt=-?[\d.]+,-?[\d.]+$/);
      // Side by side on Vergelijken.
      await page.getByRole('link', { name: 'Vergelijk deze 2 scholen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vergelijken' }).waitFor();
      expect(new URL(page.url()).searchParams.getAll('school')).toEqual(
        new URL(link).searchParams.getAll('school'),
      );
      await page.goto(link, { waitUntil: 'domcontentloaded' });
      await page.getByText('U bekijkt een gedeelde lijst.', { exact: false }).waitFor();
      await items.first().locator('dl').waitFor();
      expect(await items.count()).toBe(2);
      // The recipient (nothing saved in that browser) sees the same distances from the same address.
      const own = await page.evaluate(() => localStorage.getItem('sop-atlas.bewaard'));
      await page.evaluate(() => localStorage.removeItem('sop-atlas.bewaard'));
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.getByText('De afstanden zijn hemelsbreed gemeten vanaf 2524 CK', { exact: false }).waitFor();
      await items.nth(1).locator('dl').waitFor();
      expect(await distances()).toEqual(sent);
      // An older link without the point still opens the schools, without distances (as before).
      const old = new URL(link);
      old.searchParams.delete('vanaf');
      old.searchParams.delete('punt');
      await page.goto(old.href, { waitUntil: 'domcontentloaded' });
      await page.getByText('Afstand en wat er gevonden is staan er alleen bij', { exact: false }).waitFor();
      await items.nth(1).locator('dl').waitFor();
      expect(await items.count()).toBe(2);
      expect(await distances()).toEqual([null, null]);
      await page.evaluate((saved) => localStorage.setItem('sop-atlas.bewaard', saved ?? '[]'), own);

      // Taken off the list again.
      await page.goto(`${api.url}/bewaard`, { waitUntil: 'domcontentloaded' });
      await items.nth(1).locator('dl').waitFor();
      const remove = page.getByRole('button', { name: `${names[0] ?? ''} van de lijst halen` });
      await remove.click();
      await remove.waitFor({ state: 'detached' });
      expect(await items.count()).toBe(1);
      expect(await items.first().innerText()).toContain(names[1] ?? '');
      await page.evaluate(() => localStorage.removeItem('sop-atlas.bewaard'));
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Vergelijken: three schools picked in Scholen zoeken are aligned with their differences highlighted', async () => {
    const target: PageCase = { ...pageCase('scholen-zoeken'), path: '/scholen?soort=SBO' };
    const { page, consoleErrors } = await openPage(target, { width: 1366, height: 768 });
    try {
      const rows = page.locator('table.data-table--schools tbody tr');
      for (const i of [0, 1, 2]) await checkUrlBacked(rows.nth(i).getByRole('checkbox'));
      await page.getByRole('link', { name: 'Vergelijk 3 scholen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vergelijken' }).waitFor();
      const table = page.locator('table.data-table--compare');
      await table.waitFor();
      expect(await table.locator('thead th').count()).toBe(5);
      expect(await table.locator('tr.row--differs').count()).toBeGreaterThan(0);
      await page
        .getByText(/\d+ onderdelen? verschil/)
        .first()
        .waitFor();
      // The export follows the chosen schools, in the order shown.
      const compareHref = await page
        .getByRole('link', { name: /^Download CSV\s?: vergelijking$/ })
        .getAttribute('href');
      const selectedIds = new URL(page.url()).searchParams.getAll('school');
      expect(selectedIds).toHaveLength(3);
      expect(compareHref).toBe(`/api/exports/compare.csv?ids=${encodeURIComponent(selectedIds.join(','))}`);
      const compareCsv = await page.request.get(`${api.url}${compareHref ?? ''}`);
      expect(compareCsv.status()).toBe(200);
      await page.getByLabel('Alleen verschillen tonen').check();
      expect(await table.locator('tbody tr:not(.compare-aligned__group) th .tag--differs').count()).toBe(
        await table.locator('tr.row--differs').count(),
      );
      await page.waitForLoadState('networkidle');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'vergelijken-drie-laptop.png'), fullPage: true });
      expect(
        serious.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Regio-overzicht: coverage matrix per werkgebied with gaps, funding and trends; a cell opens the schools behind it', async () => {
    const { page, consoleErrors } = await openPage(pageCase('regio-overzicht'), { width: 1366, height: 768 });
    try {
      const coverage = page.locator('figure', { hasText: 'Expertise binnen het team per werkgebied' });
      await coverage.waitFor();
      await coverage.scrollIntoViewIfNeeded();
      await coverage.locator('table.heatmap').waitFor();
      await revealAll(page);
      expect(await coverage.locator('table.heatmap tbody tr').count()).toBe(12);
      await page.getByRole('heading', { level: 2, name: /Witte vlekken/ }).waitFor();
      await page
        .locator('figure', { hasText: 'tegen schoolgrootte' })
        .locator('.recharts-scatter-symbol, .state--empty')
        .first()
        .waitFor({ state: 'attached' });
      await page
        .locator('figure', { hasText: 'Handelingsgericht werken' })
        .locator('.recharts-line-curve')
        .first()
        .waitFor({ state: 'attached' });
      // Funding per pupil: one box plot per group (with a median line), size groups small to large, in the
      // chart and in its table view alike.
      const funding = page
        .locator('figure')
        .filter({ has: page.getByRole('heading', { name: 'Basisondersteuning per leerling', exact: true }) });
      await funding.locator('.box-plot__box').first().waitFor({ state: 'attached' });
      // Axis ticks: the groups along x (read left to right, as a user does), euro amounts along y.
      await funding.locator('.recharts-cartesian-axis-tick-value').first().waitFor({ state: 'attached' });
      const ticks = await funding
        .locator('.recharts-cartesian-axis-tick-value')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({ text: node.textContent ?? '', x: node.getBoundingClientRect().x })),
        );
      const groups = ticks
        .filter((tick) => !tick.text.includes('€'))
        .sort((a, b) => a.x - b.x)
        .map((tick) => tick.text);
      expect(groups).toEqual(
        ['Alle scholen', '<100', '100-199', '200-399', '400+'].filter((g) => groups.includes(g)),
      );
      expect(groups.slice(0, 2)).toEqual(['Alle scholen', '<100']);
      expect(await funding.locator('.box-plot__box').count()).toBe(groups.length);
      expect(await funding.locator('.box-plot__median').count()).toBe(groups.length);
      await page.waitForLoadState('networkidle');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'regio-overzicht-sop-laptop.png'),
        fullPage: true,
      });
      expect(
        serious.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await funding.getByRole('button', { name: 'Bekijk als tabel' }).click();
      const tableGroups = await funding.locator('table tbody tr > :first-child').allTextContents();
      expect(tableGroups).toEqual(groups);
      expect(await funding.locator('table thead th').allTextContents()).toEqual([
        'Groep',
        'Laagste',
        'Eerste kwartiel',
        'Mediaan',
        'Derde kwartiel',
        'Hoogste',
      ]);
      await coverage.locator('table.heatmap tbody button').first().click();
      await page.getByRole('heading', { level: 1, name: 'Scholen zoeken' }).waitFor();
      expect(page.url()).toContain('expertise=');
      expect(page.url()).toContain('werkgebied=');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Beheer: a DUO upload asks for the staff code, refuses a wrong one and lists the problems of a bad file', async () => {
    const { page, consoleErrors } = await openPage(pageCase('beheer'), { width: 1366, height: 768 });
    try {
      const upload = page.getByRole('region', { name: 'DUO-bestand inlezen' });
      await upload.getByRole('button', { name: 'Inlezen' }).click();
      await upload.getByText('Log eerst in of vul de toegangscode voor inlezen in.').waitFor();
      const file = {
        name: 'kapot.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('dit;is;geen;duo\n1;2;3;4\n'),
      };
      await upload.getByLabel('Bestand (CSV)').setInputFiles(file);
      await page.getByLabel('Toegangscode voor inlezen').fill('fout-fout-fout-fout-fout');
      await page.getByRole('button', { name: 'Code bewaren' }).click();
      await upload.getByRole('button', { name: 'Inlezen' }).click();
      await upload.getByText('Geen of een onjuiste toegangscode.').waitFor();
      await page.getByLabel('Toegangscode voor inlezen').fill(E2E_STAFF_TOKEN);
      await page.getByRole('button', { name: 'Code bewaren' }).click();
      expect(await page.evaluate(() => sessionStorage.getItem('sop-atlas.staff-token'))).toBe(
        E2E_STAFF_TOKEN,
      );
      await upload.getByRole('button', { name: 'Inlezen' }).click();
      await upload.getByText('Inlezen mislukt').waitFor();
      // An SOP upload of a document that is no SOP: a result per file (failed) or the reason, never silence.
      const sop = page.getByRole('region', { name: 'SOP-documenten inlezen' });
      await sop.getByLabel('Documenten').setInputFiles({
        name: 'geen-sop.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Dit is geen schoolondersteuningsprofiel.\n'),
      });
      await sop.getByRole('button', { name: 'Inlezen' }).click();
      await sop.locator('table caption:has-text("Resultaat per document"), .state--error').first().waitFor();
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-upload-laptop.png'), fullPage: true });
      expect(serious.map((v) => v.id)).toEqual([]);
      // The refused uploads answer 401/400: Chromium logs those as failed resources, nothing else may fail.
      expect(consoleErrors.filter((e) => !/status of (400|401)/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Schoolprofiel: Basisschool Jeroen from the list shows its real SOP with sources, year selector and pupils', async () => {
    const { page, consoleErrors } = await openPage(pageCase('scholen-zoeken'), { width: 1366, height: 768 });
    try {
      await page.getByLabel('Zoek op naam of plaats').fill('Jeroen');
      await page
        .getByRole('link', { name: /Basisschool Jeroen/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Basisschool Jeroen/ }).waitFor();
      expect(page.url()).toMatch(/\/scholen\/[^/?]+/);
      await page.getByText('echt SOP', { exact: true }).waitFor();
      // Where its point on the map comes from, in words (the committed estimate of the seed).
      expect(
        await page.locator('.details__row', { hasText: 'Locatie op de kaart' }).locator('dd').innerText(),
      ).toBe('geschat uit de postcode, niet uit het adres (locatie bij benadering)');
      await page.getByRole('heading', { level: 2, name: '2D. Expertise binnen het team' }).waitFor();
      await page.getByLabel('Schooljaar').waitFor();
      expect(await page.locator('table.data-table--sop').count()).toBeGreaterThanOrEqual(4);
      await page.locator('figure', { hasText: 'Aantal leerlingen per peildatum' }).waitFor();
      // School.history: all published years per item (or the note that there is none yet).
      await page.locator('#veranderingen').locator('details.history summary, p.muted').first().waitFor();
      await page.waitForLoadState('networkidle');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'schoolprofiel-laptop.png'), fullPage: true });
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'schoolprofiel-tablet.png'), fullPage: true });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(
        serious.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Vergelijken: choosing a school shows its SOP as heatmaps with a table alternative', async () => {
    const { page, consoleErrors } = await openPage(pageCase('vergelijken'), { width: 1366, height: 768 });
    try {
      await checkUrlBacked(page.getByRole('checkbox', { name: /Jeroen/ }));
      const expertise = page.locator('figure', { hasText: 'Extra expertise binnen het team' });
      await expertise.locator('table.heatmap').waitFor();
      expect(await expertise.locator('table.heatmap tbody tr').count()).toBe(12);
      expect(await expertise.locator('table.heatmap thead').textContent()).toContain(
        'Basisschool Jeroen (2023-2024)',
      );
      await expertise.getByRole('button', { name: 'Bekijk als tabel' }).click();
      await expertise.locator('table.data-table').waitFor();
      expect(page.url()).toContain('school=');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'vergelijken-gekozen-laptop.png'),
        fullPage: true,
      });
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Regio-overzicht: every headline figure links to a search listing exactly that many schools, as the API counts them', async () => {
    await browser.context.clearCookies();
    const { page, consoleErrors } = await openPage(pageCase('regio-overzicht'), { width: 1366, height: 768 });
    try {
      // The coverage heatmap sorts by a column from the keyboard: highest share first.
      const heatmap = page.locator('figure', { hasText: 'Expertise binnen het team per werkgebied' });
      const sortButton = heatmap.getByRole('button', { name: 'Sorteer op Rijswijk' });
      await sortButton.focus();
      await page.keyboard.press('Enter');
      const column = sortButton.locator('xpath=..');
      expect(await column.getAttribute('aria-sort')).toBe('descending');
      const position = await column.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
      const shares = await heatmap
        .locator('tbody tr')
        .evaluateAll(
          (trs, i) =>
            trs.map((tr) =>
              Number.parseFloat((tr as HTMLTableRowElement).cells[i]?.textContent?.replace(',', '.') ?? ''),
            ),
          position,
        );
      const numbers = shares.filter((v) => Number.isFinite(v));
      expect(numbers.length).toBeGreaterThan(1);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      const links = await page.locator('dl.figures a').evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute('href') ?? '',
          value: Number((a.childNodes[0]?.textContent ?? '').replace(/\./g, '')),
        })),
      );
      // Scholen, the three kinds and the demo schools above; in SPPOH, published, without and stale SOPs below.
      expect(links.length).toBeGreaterThanOrEqual(9);
      expect(links.map((l) => new URL(l.href, api.url).searchParams.get('sop'))).toEqual(
        expect.arrayContaining(['gepubliceerd', 'zonder', 'verouderd']),
      );
      const STATUS: Record<string, string> = {
        gepubliceerd: 'PUBLISHED',
        zonder: 'MISSING',
        verouderd: 'STALE',
      };
      const known: { werkgebieden: { code: string }[] } = await graphql(api.url, '{ werkgebieden { code } }');
      const WERKGEBIEDEN = known.werkgebieden.map((w) => w.code);
      for (const link of links) {
        await page.goto(`${api.url}${link.href}`, { waitUntil: 'domcontentloaded' });
        const count = await page
          .getByRole('status')
          .filter({ hasText: /gevonden/ })
          .innerText();
        expect({ href: link.href, count: Number(/^(\d+)/.exec(count)?.[1]) }).toEqual({
          href: link.href,
          count: link.value,
        });
        // The API's own answer for the same list, with the filter written out here (not by the dashboard).
        const params = new URL(link.href, api.url).searchParams;
        const werkgebied = params.get('werkgebied');
        const sop = params.get('sop');
        const filter = {
          ...(werkgebied === 'sppoh'
            ? { werkgebieden: WERKGEBIEDEN }
            : werkgebied
              ? { werkgebieden: [werkgebied] }
              : {}),
          ...(sop ? { status: STATUS[sop], schoolYear: params.get('jaar') } : {}),
          ...(params.get('soort') ? { kinds: [params.get('soort')] } : {}),
          ...(params.get('demo') === 'demo' ? { isDemo: true } : {}),
        };
        const answer: { schools: { totalCount: number } } = await graphql(
          api.url,
          'query ($filter: SchoolFilter) { schools(filter: $filter, first: 1) { totalCount } }',
          { filter },
        );
        expect({ href: link.href, count: answer.schools.totalCount }).toEqual({
          href: link.href,
          count: link.value,
        });
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Errors: an unknown postcode is named at its field (no retry button); an unknown school URL is a not-found page', async () => {
    const target: PageCase = { ...pageCase('scholen-zoeken'), path: '/scholen?bij=9999ZZ' };
    const { page } = await openPage(
      { ...target, ready: () => Promise.resolve() },
      { width: 390, height: 844 },
    );
    try {
      const field = page.getByRole('search').getByLabel('Postcode of adres');
      await page.getByRole('alert').filter({ hasText: 'Controleer de postcode' }).waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
      await page.goto(`${api.url}/scholen/00000000-0000-4000-8000-000000000000`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByRole('heading', { level: 1, name: 'School niet gevonden' }).waitFor();
      expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
      await page
        .getByRole('link', { name: /Terug naar/ })
        .first()
        .waitFor();
    } finally {
      await page.close();
    }
  });

  it('Regio-overzicht: "Bekijk als tabel" shows the chart data as an accessible table and links to the schools', async () => {
    const { page } = await openPage(pageCase('regio-overzicht'), { width: 1366, height: 768 });
    try {
      const frame = page.locator('figure', { hasText: 'Aantal scholen per werkgebied' });
      await frame.getByRole('button', { name: 'Bekijk als tabel' }).click();
      const table = frame.getByRole('table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
      await table.getByRole('button').first().click();
      await page.getByRole('heading', { level: 1, name: 'Scholen zoeken' }).waitFor();
      expect(page.url()).toContain('werkgebied=');
    } finally {
      await page.close();
    }
  });

  it('Inloggen: a wrong password is refused in Dutch, the demo staff account signs in (header, Beheer) and out', async () => {
    const { page, consoleErrors } = await openPage(pageCase('beheer'), { width: 1366, height: 768 });
    try {
      // A visitor without account: the sections the staff code opens, and the funding formula to read.
      expect(await adminSections(page)).toEqual([
        'Documenten inlezen',
        'Beoordelen',
        'Datakwaliteit',
        'Bekostiging',
      ]);
      await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Inloggen bij SOP Atlas' });
      await dialog.waitFor();
      await dialog.getByLabel('E-mailadres').fill('staf@demo.sop-atlas.nl');
      await dialog.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
      await dialog.getByRole('button', { name: 'Inloggen' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'Onjuist e-mailadres of wachtwoord' }).waitFor();
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'inloggen-dialoog-laptop.png'), fullPage: true });
      expect(serious.map((v) => v.id)).toEqual([]);
      await dialog.getByLabel('Wachtwoord').fill('demo-staf-2026');
      await dialog.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('banner').getByText('Ingelogd als staf@demo.sop-atlas.nl').waitFor();
      await page.getByText('Je bent ingelogd als staf@demo.sop-atlas.nl').waitFor();
      expect(await page.getByLabel('Toegangscode voor inlezen').count()).toBe(0);
      // Beheer per role: staff see their own work as sections, no accounts; each section has its own URL.
      await adminNav(page).getByRole('link', { name: 'Te koppelen' }).waitFor();
      expect(await adminSections(page)).toEqual([
        'Documenten inlezen',
        'Te koppelen',
        'Beoordelen',
        'Datakwaliteit',
        'Bekostiging',
      ]);
      expect(page.url()).toMatch(/\/beheer\/inlezen$/);
      expect(
        await adminNav(page).getByRole('link', { name: 'Documenten inlezen' }).getAttribute('aria-current'),
      ).toBe('page');
      // The funding form is in its own section, not below the uploads.
      expect(
        await page.getByRole('region', { name: 'Bedragen van een kalenderjaar vastleggen' }).count(),
      ).toBe(0);
      await openAdminSection(page, 'Bekostiging', 'bekostiging');
      await page.getByRole('region', { name: 'Bedragen van een kalenderjaar vastleggen' }).waitFor();
      expect(await page.getByRole('region', { name: 'SOP-documenten inlezen' }).count()).toBe(0);
      await openAdminSection(page, 'Documenten inlezen', 'inlezen');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-ingelogd-laptop.png'), fullPage: true });
      await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).waitFor();
      await page.getByLabel('Toegangscode voor inlezen').waitFor();
      // The refused login answers 200 with an error; nothing may fail in the console.
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itWithJeroenSop(
    'Beheer review: staff upload the real SOP of Jeroen → a draft with exactly its two warnings beside the source, a candidate picked, publish (refused, then forced) and the audit trail',
    async () => {
      const { page, consoleErrors } = await openPage(pageCase('beheer'), { width: 1366, height: 768 });
      try {
        await logInAsStaff(page);
        const sop = page.getByRole('region', { name: 'SOP-documenten inlezen' });
        await sop.getByLabel('Documenten').setInputFiles(JEROEN_SOP);
        await sop.getByRole('button', { name: 'Inlezen' }).click();
        await sop.getByRole('cell', { name: /ingelezen als concept/ }).waitFor();

        await openAdminSection(page, 'Beoordelen', 'beoordelen');
        const review = page.getByRole('region', { name: 'Concepten beoordelen' });
        const row = review.getByRole('row').filter({ hasText: 'jeroen-2023-2024.txt' });
        await row.getByText('2 open van 2').waitFor();
        await row.getByRole('button', { name: /^Beoordelen: .*2023-2024$/ }).click();

        const warnings = review.locator('.review__warning');
        await warnings.first().waitFor();
        expect(await warnings.count()).toBe(2);
        const texts = await warnings.locator('.review__message').allInnerTexts();
        expect(texts.some((x) => x.includes('Fysiotherapie'))).toBe(true);
        expect(texts.some((x) => x.includes('Jeugdhulppartners'))).toBe(true);
        // Each warning beside its source lines, the lines it was read from marked.
        expect(await warnings.first().locator('.source-lines mark').count()).toBeGreaterThan(0);
        let serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-review-laptop.png'), fullPage: true });
        expect(serious.map((v) => v.id)).toEqual([]);

        // Pick a candidate of the ambiguous Fysiotherapie cell: a new version, that warning resolved.
        const versionText = await review.getByText(/^Versie \d+ /).innerText();
        const version = Number(/^Versie (\d+)/.exec(versionText)?.[1]);
        expect(version).toBeGreaterThan(0);
        const fysio = warnings.filter({ hasText: 'Fysiotherapie' });
        await fysio.getByRole('group', { name: 'Kies de juiste waarde' }).getByRole('button').first().click();
        await review.getByText(new RegExp(`^Versie ${version + 1} `)).waitFor();
        await review
          .locator('.review__warning', { hasText: 'Fysiotherapie' })
          .getByText(/Opgelost door/)
          .waitFor();

        // Publishing with the other ambiguous cell open is refused, then forced.
        await review.getByRole('button', { name: 'Publiceren' }).click();
        await review.getByRole('alert').filter({ hasText: 'open waarschuwingen' }).waitFor();
        await review.getByLabel(/Toch publiceren/).check();
        await review.getByRole('button', { name: 'Publiceren' }).click();
        await review.getByText('Gepubliceerd. Het profiel is nu voor iedereen zichtbaar.').waitFor();

        const audit = review.getByRole('table', { name: /Wijzigingen en geweigerde pogingen/ });
        await audit.getByRole('cell', { name: 'veld gewijzigd' }).first().waitFor();
        await audit.getByRole('cell', { name: 'status gewijzigd' }).first().waitFor();
        serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        await page.screenshot({
          path: path.join(SCREENSHOTS, 'beheer-review-gepubliceerd-laptop.png'),
          fullPage: true,
        });
        expect(serious.map((v) => v.id)).toEqual([]);
        // The refused publish answers with a GraphQL error (HTTP 200 or 400): nothing else may fail.
        expect(consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('Beheer: staff set the funding formula of a year; a bad amount is named at its field; the chart table shows the new year', async () => {
    await browser.context.clearCookies();
    const { page, consoleErrors } = await openPage(pageCase('beheer-bekostiging'), {
      width: 1366,
      height: 768,
    });
    try {
      await logInAsStaff(page);
      const section = page.getByRole('region', { name: 'Bedragen van een kalenderjaar vastleggen' });
      await section.getByLabel('Kalenderjaar', { exact: true }).fill('2031');
      await section.getByLabel('Vaste voet per vestiging (euro)').fill('7.250');
      await section.getByLabel('Bedrag per leerling (euro)').fill('108.25');
      await section.getByLabel(/Bron of toelichting/).fill('Begroting 2031 (e2e)');
      await section.getByRole('button', { name: 'Bedragen vastleggen' }).click();
      await section.getByText('Vul een bedrag in euro in tussen 0 en 100.000').waitFor();
      await section.getByLabel('Bedrag per leerling (euro)').fill('108,25');
      await section.getByRole('button', { name: 'Bedragen vastleggen' }).click();
      await section.getByText('De bedragen voor 2031 zijn vastgelegd.').waitFor();
      const frame = page.locator('figure', { hasText: 'Bekostiging basisondersteuning' });
      await frame.getByRole('button', { name: 'Bekijk als tabel' }).click();
      const row = frame.getByRole('row').filter({ hasText: '2031' });
      await row.waitFor();
      expect(await row.innerText()).toContain('€ 7.250');
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
      await browser.context.clearCookies();
    }
  });

  it("Mijn school: the demo school editor starts next year's draft, edits it (a stale tab gets a conflict and keeps its change), submits; staff send it back with a comment; the editor sees it; the audit per field", async () => {
    await browser.context.clearCookies();
    const now = new Date();
    const start = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    const coming = `${start + 1}-${start + 2}`;
    const { page, consoleErrors } = await openPage(pageCase('beheer'), { width: 1366, height: 768 });
    let stale: Page | null = null;
    try {
      await logIn(page, 'redacteur@demo.sop-atlas.nl', 'demo-redacteur-2026');
      const mine = page.getByRole('region', { name: 'Mijn school: SOP bijwerken' });
      // Staff work is not offered to a school editor: signed in on Documenten inlezen, the editor lands on
      // their own school's SOP, and Beheer lists only that (and the funding formula to read).
      await page.waitForURL(/\/beheer\/mijn-school$/);
      await mine.waitFor();
      expect(await adminSections(page)).toEqual(['Mijn school', 'Bekostiging']);
      expect(await page.getByRole('region', { name: 'Concepten beoordelen' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'SOP-documenten inlezen' }).count()).toBe(0);
      const link = mine.getByRole('link', { name: /^SOP van .* bijwerken$/ });
      const schoolName = /^SOP van (.*) bijwerken$/.exec(await link.innerText())?.[1] ?? '';
      expect(schoolName).toMatch(/^Demo-/);
      await link.click();
      await page.getByRole('heading', { level: 1, name: `SOP bijwerken: ${schoolName}` }).waitFor();
      const editorUrl = page.url().replace(/\?.*$/, '');
      await page.getByRole('radio', { name: coming }).check();
      await page.getByRole('button', { name: `Concept ${coming} starten` }).click();
      const form = page.getByRole('form', { name: `Concept ${coming}` });
      await form.waitFor();
      const versionOf = async (p: Page) =>
        Number(/^Versie (\d+)/.exec(await p.getByText(/^Versie \d+ · /).innerText())?.[1]);
      const first = await versionOf(page);

      // A second tab opens the same draft before the first one saves.
      stale = await browser.context.newPage();
      await isolateFromInternet(stale, api.url);
      await stale.goto(`${editorUrl}?jaar=${coming}`);
      await stale.getByRole('form', { name: `Concept ${coming}` }).waitFor();

      await form.getByLabel('Visie op passend onderwijs').fill('Elk kind hoort erbij (e2e)');
      const hgw = form
        .getByRole('group', { name: '2C. Handelingsgericht werken' })
        .getByRole('combobox')
        .first();
      await hgw.selectOption('in-ontwikkeling');
      await form.getByLabel(/Bedrag basisondersteuning/).fill('nonsens');
      await form.getByText('Vul een bedrag in euro in').waitFor();
      await form.getByLabel(/Bedrag basisondersteuning/).fill('48.250');
      // 2D Extra aanbod is a list: a new offer with its period (a period alone is refused).
      const offers = form.getByRole('group', { name: '2D. Extra aanbod' });
      await offers.getByRole('button', { name: 'Aanbod toevoegen' }).click();
      const added = await offers.getByRole('listitem').count();
      await offers.getByLabel(`Periode of groep ${added}`).fill('groep 8');
      await offers.getByText('Vul het aanbod in, of verwijder de rij.').waitFor();
      await offers.getByLabel(`Aanbod ${added}`, { exact: true }).fill('Faalangsttraining (e2e)');
      await form.getByLabel(/Toelichting bij deze wijzigingen/).fill('jaarlijkse herziening');
      await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText(`4 wijzigingen opgeslagen; dit is nu versie ${first + 4}.`).waitFor();
      expect(await offers.getByLabel(`Aanbod ${added}`, { exact: true }).inputValue()).toBe(
        'Faalangsttraining (e2e)',
      );
      let serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-concept-laptop.png'), fullPage: true });
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // The stale tab: its save is refused as a conflict, its own change survives loading the newest version.
      const staleForm = stale.getByRole('form', { name: `Concept ${coming}` });
      await staleForm.getByLabel('Grenzen van de school').fill('Geen plek voor een tweede rolstoel (e2e)');
      await staleForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await stale.getByRole('alert').filter({ hasText: 'Conflict' }).waitFor();
      await stale.getByRole('button', { name: 'Nieuwste versie laden' }).click();
      await stale.getByText(`Versie ${first + 4} · concept`).waitFor();
      expect(await staleForm.getByLabel('Visie op passend onderwijs').inputValue()).toBe(
        'Elk kind hoort erbij (e2e)',
      );
      expect(await staleForm.getByLabel('Grenzen van de school').inputValue()).toBe(
        'Geen plek voor een tweede rolstoel (e2e)',
      );
      await staleForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await stale.getByText(`1 wijziging opgeslagen; dit is nu versie ${first + 5}.`).waitFor();
      await stale.close();
      stale = null;

      // Submit from the first tab: it is behind, so it loads the newest version first.
      await page.reload();
      await form.waitFor();
      await page.getByRole('button', { name: 'Ter beoordeling aanbieden' }).click();
      await page.getByText('Dit concept is ter beoordeling aangeboden.', { exact: false }).waitFor();
      expect(await form.getByLabel('Visie op passend onderwijs').isDisabled()).toBe(true);
      await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).waitFor();

      // Staff send it back with a comment.
      await page.goto(`${api.url}/beheer`);
      await logInAsStaff(page);
      await openAdminSection(page, 'Beoordelen', 'beoordelen');
      const review = page.getByRole('region', { name: 'Concepten beoordelen' });
      await review.getByRole('button', { name: `Beoordelen: ${schoolName} ${coming}` }).click();
      await review.getByText(/· ter beoordeling$/).waitFor();
      await review.getByLabel(/Opmerking voor de school/).fill('Graag de grenzen concreter maken.');
      await review.getByRole('button', { name: 'Terugsturen naar de school' }).click();
      await review.getByText(/· concept$/).waitFor();
      await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).waitFor();

      // The editor sees the comment on the draft, and the history of one field.
      await page.goto(`${editorUrl}?jaar=${coming}`);
      await logIn(page, 'redacteur@demo.sop-atlas.nl', 'demo-redacteur-2026');
      await page.getByText(/^Teruggestuurd door staf@demo\.sop-atlas\.nl op /).waitFor();
      await page.getByText('Graag de grenzen concreter maken.').first().waitFor();
      expect(await form.getByLabel('Grenzen van de school').isEnabled()).toBe(true);
      await page.getByLabel('Toon de geschiedenis van').selectOption('limits');
      const audit = page.getByRole('table', { name: /Wijzigingen en geweigerde pogingen/ });
      await audit.getByRole('cell', { name: /Geen plek voor een tweede rolstoel/ }).waitFor();
      expect(await audit.getByRole('cell', { name: /Elk kind hoort erbij/ }).count()).toBe(0);
      serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'beheer-concept-teruggestuurd-laptop.png'),
        fullPage: true,
      });
      expect(serious.map((v) => v.id)).toEqual([]);
      // On a tablet the form reflows to fewer columns: nothing sticks out sideways.
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.waitForTimeout(200);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'beheer-concept-tablet.png'), fullPage: true });
      // The refused save answers with a GraphQL error (HTTP 200 or 400): nothing else may fail.
      expect(consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await stale?.close();
      await page.close();
      await browser.context.clearCookies();
    }
  });

  it('Downloads: CSV/Excel links with the page state on Scholen zoeken, Vergelijken and Regio-overzicht; print page, open data and a PDF report job as staff', async () => {
    // Signed out (an earlier test may have left a session cookie in the shared context).
    await browser.context.clearCookies();
    const target: PageCase = { ...pageCase('scholen-zoeken'), path: '/scholen?q=Jeroen' };
    const { page, consoleErrors } = await openPage(target, { width: 1366, height: 768 });
    const get = async (href: string | null) => {
      expect(href).not.toBeNull();
      const response = await page.request.get(`${api.url}${href ?? ''}`);
      return { status: response.status(), type: response.headers()['content-type'] ?? '' };
    };
    try {
      // Scholen zoeken: the export carries the search (name filter) as the schools query does.
      const csv = page.getByRole('link', { name: /^Download CSV\s?: zoekresultaten$/ });
      await csv.waitFor();
      const schoolsHref = await csv.getAttribute('href');
      expect(decodeURIComponent(schoolsHref ?? '')).toContain('"text":"Jeroen"');
      expect(await get(schoolsHref)).toEqual({ status: 200, type: expect.stringContaining('text/csv') });
      const xlsx = await page
        .getByRole('link', { name: /^Download Excel\s?: zoekresultaten$/ })
        .getAttribute('href');
      expect(await get(xlsx)).toEqual({ status: 200, type: expect.stringContaining('spreadsheetml') });

      // Regio-overzicht: coverage and funding exports, the print page, open data, and a PDF job as staff.
      await page.goto(`${api.url}/`, { waitUntil: 'domcontentloaded' });
      const coverage = page.getByRole('link', { name: /^Download CSV\s?: dekkingsmatrix$/ });
      await coverage.waitFor();
      const coverageHref = await coverage.getAttribute('href');
      expect(coverageHref).toMatch(/^\/api\/exports\/coverage\.csv\?schoolYear=\d{4}-\d{4}/);
      expect(await get(coverageHref)).toEqual({ status: 200, type: expect.stringContaining('text/csv') });
      const funding = await page
        .getByRole('link', { name: /^Download Excel\s?: basisondersteuning per school$/ })
        .getAttribute('href');
      expect(await get(funding)).toEqual({ status: 200, type: expect.stringContaining('spreadsheetml') });
      const report = page.getByRole('region', { name: 'Rapport' });
      const print = await report.getByRole('link', { name: /Printversie/ }).getAttribute('href');
      expect(await get(print)).toEqual({ status: 200, type: expect.stringContaining('text/html') });
      expect(await get(await report.getByRole('link', { name: /index\.json/ }).getAttribute('href'))).toEqual(
        {
          status: 200,
          type: expect.stringContaining('json'),
        },
      );
      expect(await get(await report.getByRole('link', { name: /sops\.zip/ }).getAttribute('href'))).toEqual({
        status: 200,
        type: expect.stringContaining('zip'),
      });
      await report.getByText(/PDF-rapport maken kan na inloggen/).waitFor();
      await logInAsStaff(page);
      await report.getByRole('button', { name: 'PDF-rapport maken' }).click();
      await report.getByText('Het PDF-rapport is klaar.').waitFor({ timeout: 60_000 });
      const pdf = await report.getByRole('link', { name: 'PDF downloaden' }).getAttribute('href');
      expect(await get(pdf)).toEqual({ status: 200, type: 'application/pdf' });
      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await report.screenshot({ path: path.join(SCREENSHOTS, 'regio-overzicht-rapport-laptop.png') });
      expect(serious.map((v) => v.id)).toEqual([]);

      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
