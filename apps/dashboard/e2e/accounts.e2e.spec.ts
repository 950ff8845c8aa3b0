/**
 * End to end: Beheer → Accounts as the demo admin, on the built API (embedded database, demo region seeded) serving
 * the built dashboard in Debian's Chromium. Lists the 3 demo accounts, creates a school editor for one school
 * (a Dutch error from the form and one from the API on the way), disables it with the keyboard after the confirm
 * step, and checks that its login is then refused. Screenshot: test-artifacts/screenshots/beheer-accounts.png.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type RunningApi, startApi } from './support/api-server';
import { type Browser, isolateFromInternet, launchBrowser, runAxe } from './support/browser';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const ADMIN = { email: 'beheer@demo.sop-atlas.nl', password: 'demo-beheer-2026' };
const DEMO_EMAILS = ['beheer@demo.sop-atlas.nl', 'redacteur@demo.sop-atlas.nl', 'staf@demo.sop-atlas.nl'];
const NEW_EDITOR = {
  email: 'e2e-redacteur@example.nl',
  name: 'E2E Redacteur',
  password: 'tijdelijk-wachtwoord-2026',
};

let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi();
  browser = await launchBrowser({ width: 1366, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** Logs in over plain HTTP (no browser cookies): the API's answer code, or `ok`. */
async function apiLogin(email: string, password: string): Promise<string> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'ok';
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inloggen bij SOP Atlas' });
  await dialog.getByLabel('E-mailadres').fill(email);
  await dialog.getByLabel('Wachtwoord').fill(password);
  await dialog.getByRole('button', { name: 'Inloggen' }).click();
}

describe('Beheer → Accounts (demo admin)', () => {
  it('lists the demo accounts, creates a school editor, disables it; its login is then refused', async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    try {
      await isolateFromInternet(page, api.url);
      await page.goto(`${api.url}/beheer`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
      // Not signed in: no accounts section.
      await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Accounts' }).count()).toBe(0);

      await logIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('banner').getByText(`Ingelogd als ${ADMIN.email}`).waitFor();
      // Beheer per role: the admin's own work first (its own URL), no staff work (the API refuses it to an admin).
      await page.waitForURL(/\/beheer\/accounts$/);
      const nav = page.getByRole('navigation', { name: 'Onderdelen van Beheer' });
      await nav.getByRole('link', { name: 'Accounts' }).waitFor();
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Accounts', 'Bekostiging']);
      expect(await page.getByRole('region', { name: 'SOP-documenten inlezen' }).count()).toBe(0);
      expect(
        await page.getByRole('region', { name: 'Bedragen van een kalenderjaar vastleggen' }).count(),
      ).toBe(0);
      const section = page.getByRole('region', { name: 'Accounts' });
      const table = section.getByRole('table', { name: /accounts/ });
      await table.getByRole('caption').getByText('3 accounts').waitFor();
      const emails = await table.locator('tbody th[scope="row"]').allTextContents();
      expect(emails).toEqual(DEMO_EMAILS);
      const editorRow = table.getByRole('row', { name: /redacteur@demo\.sop-atlas\.nl/ });
      await expect(editorRow.textContent()).resolves.toContain('Schoolredacteur');
      // The demo editor's school is shown by name, not as an id.
      const editorSchools = (await editorRow.getByRole('cell').nth(2).textContent()) ?? '';
      expect(editorSchools).not.toMatch(/^[0-9a-f-]{36}$/);
      expect(editorSchools.length).toBeGreaterThan(1);
      await expect(table.getByRole('row', { name: /beheer@demo/ }).textContent()).resolves.toContain(
        'Beheerder',
      );

      const form = section.getByRole('form', { name: 'Nieuw account' });
      // A password below the API's minimum: a Dutch message next to the field, nothing sent.
      await form.getByLabel('E-mailadres').fill(DEMO_EMAILS[2] ?? '');
      await form.getByLabel('Tijdelijk wachtwoord').fill('te kort');
      await form.getByRole('checkbox', { name: 'SWV-medewerker' }).check();
      await form.getByRole('button', { name: 'Account aanmaken' }).click();
      await form.getByText('Het wachtwoord moet minstens 12 tekens hebben.').waitFor();
      expect(await form.getByLabel('Tijdelijk wachtwoord').getAttribute('aria-invalid')).toBe('true');
      // An email that is taken: the API's BAD_USER_INPUT (argument email) next to the email field.
      await form.getByLabel('Tijdelijk wachtwoord').fill(NEW_EDITOR.password);
      await form.getByRole('button', { name: 'Account aanmaken' }).click();
      await form.getByText(`Er is al een account met e-mailadres ${DEMO_EMAILS[2] ?? ''}.`).waitFor();
      expect(await form.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');

      // A school editor for one school, picked with the type-ahead.
      await form.getByLabel('E-mailadres').fill(NEW_EDITOR.email);
      await form.getByLabel('Naam').fill(NEW_EDITOR.name);
      await form.getByRole('checkbox', { name: 'SWV-medewerker' }).uncheck();
      await form.getByRole('checkbox', { name: 'Schoolredacteur' }).check();
      await form.getByRole('button', { name: 'Account aanmaken' }).click();
      await form.getByText('Kies minstens één school voor een schoolredacteur.').waitFor();
      await form.getByLabel('Zoek een school').fill('Jeroen');
      const add = form.getByRole('button', { name: /Jeroen.* toevoegen$/ });
      await add.first().waitFor();
      await add.first().click();
      const chosen = form.getByRole('list', { name: 'Gekozen scholen' });
      await chosen.getByRole('listitem').first().waitFor();
      expect(await chosen.getByRole('listitem').count()).toBe(1);
      const schoolName =
        (await chosen.getByRole('listitem').first().locator('span').first().textContent()) ?? '';
      expect(schoolName).toContain('Jeroen');
      await form.getByRole('button', { name: 'Account aanmaken' }).click();
      await form.getByText(`Account ${NEW_EDITOR.email} is aangemaakt.`).waitFor();
      await table.getByRole('caption').getByText('4 accounts').waitFor();
      const newRow = table.getByRole('row', { name: new RegExp(NEW_EDITOR.email.replace(/\./g, '\\.')) });
      await expect(newRow.textContent()).resolves.toContain(schoolName);
      await expect(newRow.textContent()).resolves.toContain('Schoolredacteur');
      await expect(newRow.textContent()).resolves.toContain('actief');
      expect(await apiLogin(NEW_EDITOR.email, NEW_EDITOR.password)).toBe('ok');

      // Disable it with the keyboard: the confirm step takes focus, Enter confirms, focus comes back.
      const disable = newRow.getByRole('button', { name: `${NEW_EDITOR.email} uitschakelen` });
      await disable.focus();
      await page.keyboard.press('Enter');
      const confirm = newRow.getByRole('button', { name: 'Ja, uitschakelen' });
      await confirm.waitFor();
      expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
      // Escape cancels; nothing changed.
      await page.keyboard.press('Escape');
      await disable.waitFor();
      expect(await disable.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await confirm.waitFor();
      await page.keyboard.press('Enter');
      await section.getByText(`${NEW_EDITOR.email} is uitgeschakeld.`).waitFor();
      await expect(newRow.textContent()).resolves.toContain('uitgeschakeld');
      const enable = newRow.getByRole('button', { name: `${NEW_EDITOR.email} inschakelen` });
      expect(await enable.evaluate((el) => el === document.activeElement)).toBe(true);

      const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await section.screenshot({ path: path.join(SCREENSHOTS, 'beheer-accounts.png') });
      expect(
        serious.map(
          (v) => `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      // On a tablet the accounts table scrolls inside its frame; the page does not stick out sideways.
      await page.setViewportSize({ width: 820, height: 1180 });
      await page.waitForTimeout(200);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await section.screenshot({ path: path.join(SCREENSHOTS, 'beheer-accounts-tablet.png') });
      await page.setViewportSize({ width: 1366, height: 900 });

      // The disabled account can no longer log in: over HTTP and in the login dialog.
      expect(await apiLogin(NEW_EDITOR.email, NEW_EDITOR.password)).toBe('UNAUTHENTICATED');
      await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
      await logIn(page, NEW_EDITOR.email, NEW_EDITOR.password);
      await page
        .getByRole('dialog', { name: 'Inloggen bij SOP Atlas' })
        .getByRole('alert')
        .getByText(/Onjuist e-mailadres of wachtwoord/)
        .waitFor();
      expect(await page.getByRole('banner').getByText(`Ingelogd als ${NEW_EDITOR.email}`).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
