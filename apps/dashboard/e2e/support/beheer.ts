/**
 * Beheer as the demo staff account, shared by the specs that upload documents (review queue, import queue, batch
 * upload): start the built API and Chromium, sign in, upload through a file field, follow the page's console.
 * Every name these specs find Beheer's parts by is in `BEHEER` below, so a change of Beheer's layout (sections per
 * role) is one change here.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { E2E_STAFF_TOKEN, REPO_ROOT, type RunningApi, startApi } from './api-server';
import { type Browser, isolateFromInternet, launchBrowser } from './browser';

export const SCREENSHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');

/** The demo region's staff account (`.env.example`; loaded only with `SOP_ATLAS_DEMO`). */
export const STAFF = { email: 'staf@demo.sop-atlas.nl', password: 'demo-staf-2026' } as const;

/** Accessible names of Beheer's parts as these specs use them: the one place to follow a change of the page. */
export const BEHEER = {
  path: '/beheer',
  login: {
    open: 'Inloggen',
    dialog: 'Inloggen bij SOP Atlas',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    signedInAs: (email: string) => `Ingelogd als ${email}`,
  },
  /** Sections (regions) of Beheer by their heading. */
  section: {
    upload: 'SOP-documenten inlezen',
    batch: 'Veel documenten tegelijk inlezen',
    afterImport: 'Na het inlezen',
    review: 'Concepten beoordelen',
    reviewQueue: 'Waarschuwingen één voor één',
    dataHealth: 'Datagezondheid: plaats van scholen',
  },
  /** Beheer's tabs (one URL per task: `/beheer/<slug>`) and the tab that holds each section. */
  nav: 'Onderdelen van Beheer',
  tab: {
    upload: { name: 'Documenten inlezen', slug: 'inlezen' },
    batch: { name: 'Documenten inlezen', slug: 'inlezen' },
    afterImport: { name: 'Te koppelen', slug: 'te-koppelen' },
    review: { name: 'Beoordelen', slug: 'beoordelen' },
    reviewQueue: { name: 'Beoordelen', slug: 'beoordelen' },
    dataHealth: { name: 'Datakwaliteit', slug: 'datakwaliteit' },
  },
  /** The file field and the button of each upload section. */
  upload: { field: 'Documenten', submit: 'Inlezen' },
  batch: { field: 'Bestanden of ZIP-bestand', submit: 'Op de achtergrond inlezen' },
} as const;

export type BeheerSection = keyof typeof BEHEER.section;

/** A file for a file field (playwright's `setInputFiles` payload). */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A PDF (or other) document as a file for a file field. */
export function pdfFile(name: string, bytes: Uint8Array): UploadFile {
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) };
}

export interface StaffTestbed {
  readonly api: RunningApi;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * The built API (demo region, so the staff account exists; `env` for e.g. a real PostgreSQL) and Chromium. The
 * screenshot folder is made too.
 */
export async function startStaffTestbed(
  options: { startTimeoutMs?: number; env?: Readonly<Record<string, string>> } = {},
): Promise<StaffTestbed> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const api = await startApi(options.startTimeoutMs ?? 180_000, options.env ?? {});
  let browser: Browser;
  try {
    browser = await launchBrowser({ width: 1366, height: 900 });
  } catch (error) {
    await api.stop();
    throw error;
  }
  return {
    api,
    browser,
    close: async () => {
      await browser.close();
      await api.stop();
    },
  };
}

/** Collects the page's console errors and uncaught errors (a spec ends with `expect(errors).toEqual([])`). */
export function consoleErrorsOf(
  page: Page,
  options: { withLocation?: boolean; ignore?: RegExp } = {},
): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' || options.ignore?.test(message.text()) === true) return;
    errors.push(options.withLocation ? `${message.text()} ${message.location().url}` : message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Opens Beheer without the internet (map tiles answered locally). */
export async function openBeheer(page: Page, apiUrl: string): Promise<void> {
  await isolateFromInternet(page, apiUrl);
  await page.goto(`${apiUrl}${BEHEER.path}`, { waitUntil: 'domcontentloaded' });
}

/** Opens Beheer and signs in as the demo staff account through the login dialog. */
export async function openBeheerAsStaff(page: Page, apiUrl: string): Promise<void> {
  await openBeheer(page, apiUrl);
  await page.getByRole('banner').getByRole('button', { name: BEHEER.login.open }).click();
  const dialog = page.getByRole('dialog', { name: BEHEER.login.dialog });
  await dialog.getByLabel(BEHEER.login.email).fill(STAFF.email);
  await dialog.getByLabel(BEHEER.login.password).fill(STAFF.password);
  await dialog.getByRole('button', { name: BEHEER.login.submit }).click();
  await waitUntilSignedIn(page);
}

/** Waits for the banner's "Ingelogd als …" (also after a reload: the session cookie stays). */
export async function waitUntilSignedIn(page: Page): Promise<void> {
  await page.getByRole('banner').getByText(BEHEER.login.signedInAs(STAFF.email)).waitFor();
}

/** A section of Beheer by its heading. */
export function beheerSection(page: Page, section: BeheerSection): Locator {
  return page.getByRole('region', { name: BEHEER.section[section] });
}

/** Opens the tab of Beheer that holds `section` (unless it is open) and returns the section once it shows. */
export async function openSection(page: Page, section: BeheerSection): Promise<Locator> {
  const tab = BEHEER.tab[section];
  if (!new URL(page.url()).pathname.endsWith(`${BEHEER.path}/${tab.slug}`)) {
    await page.getByRole('navigation', { name: BEHEER.nav }).getByRole('link', { name: tab.name }).click();
    await page.waitForURL(new RegExp(`${BEHEER.path}/${tab.slug}$`));
  }
  const region = beheerSection(page, section);
  await region.waitFor();
  return region;
}

/** Uploads documents one request at a time (section "SOP-documenten inlezen"); returns that section. */
export async function uploadDocuments(page: Page, files: readonly UploadFile[]): Promise<Locator> {
  const section = await openSection(page, 'upload');
  await section.getByLabel(BEHEER.upload.field).setInputFiles([...files]);
  await section.getByRole('button', { name: BEHEER.upload.submit }).click();
  return section;
}

/** Uploads documents as one batch read in the background ("Veel documenten tegelijk inlezen"); returns that section. */
export async function uploadBatch(page: Page, files: readonly UploadFile[]): Promise<Locator> {
  const section = await openSection(page, 'batch');
  await section.getByLabel(BEHEER.batch.field).setInputFiles([...files]);
  await section.getByRole('button', { name: BEHEER.batch.submit }).click();
  return section;
}

export interface DemoSchool {
  id: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
}

/** The first `count` schools of the demo region, with the address a document of theirs would state. */
export async function demoSchools(apiUrl: string, count: number): Promise<DemoSchool[]> {
  const data = await graphql<{ schools: { edges: { node: DemoSchool }[] } }>(
    apiUrl,
    `{ schools(first: ${count}, filter: { isDemo: true }) { edges { node { id name street houseNumber postcode place } } } }`,
  );
  return data.schools.edges.map((e) => e.node);
}

/** `Straat 1, 2511 AB Plaats`: a school's address line as its SOP writes it. */
export function addressLineOf(school: DemoSchool): string {
  return `${school.street} ${school.houseNumber}, ${school.postcode} ${school.place}`;
}

/** A GraphQL query beside the browser: as a visitor, or with the test API's staff credential. */
export async function graphql<T>(
  apiUrl: string,
  query: string,
  options: { asStaff?: boolean } = {},
): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.asStaff === true ? { authorization: `Bearer ${E2E_STAFF_TOKEN}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.data === undefined || body.errors !== undefined)
    throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}
