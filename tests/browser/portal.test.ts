import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, axe, launchBrowser, waitForMapIdle, watchConsole } from '../helpers/browser.ts';
import { ROOT } from '../helpers/context.ts';
import { type RunningServer, startServer } from '../helpers/server-process.ts';

const skip = inject('chromiumSkipReason');

const HEADER = 'id,name_en,name_fr,lat,lon,services,hours\n';
const WITH_ERROR = `${HEADER}nb-new-1,Fredericton Test Centre,Centre d'essai de Fredericton,45.9636,-66.6431,driver-licence,Mo-Fr 08:30-16:30\nnb-new-2,Swapped Moncton,Moncton inversé,-64.7782,46.0878,health-card,Mo-Fr 08:30-16:30\n`;
const FIXED = `${HEADER}nb-new-1,Fredericton Test Centre,Centre d'essai de Fredericton,45.9636,-66.6431,driver-licence,Mo-Fr 08:30-16:30\nnb-new-2,Moncton Test Centre,Centre d'essai de Moncton,46.0878,-64.7782,health-card,Mo-Fr 08:30-16:30\n`;

describe.skipIf(skip)(`the data portal in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  let token: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pcsm-portal-'));
    const made = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server', 'cli', 'token.ts'), 'create', 'nb', '--label', 'NB data team'],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: join(dir, 'data') },
        encoding: 'utf8',
      },
    );
    token = made.stdout.trim();
    expect(token).toMatch(/^pcsm_/);
    server = await startServer({ DATA_DIR: join(dir, 'data') });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(page: Page, lang: 'en' | 'fr') {
    await page.goto(`${server.url}/portal?lang=${lang}`);
    await page.getByLabel(lang === 'en' ? 'Jurisdiction' : 'Administration').selectOption('nb');
    await page.getByLabel(lang === 'en' ? 'Upload token' : 'Jeton de téléversement').fill(token);
    await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'Se connecter' }).click();
    await page
      .getByText(lang === 'en' ? 'Signed in for New Brunswick.' : 'Connecté pour Nouveau-Brunswick.')
      .waitFor();
  }

  async function uploadText(page: Page, name: string, text: string) {
    const file = join(dir, name);
    writeFileSync(file, text);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator('#summary-title').filter({ hasText: name }).waitFor();
  }

  it('moves the focus to what a screen reader should read next, and never leaves an old summary up', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await signIn(page, 'en');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-title');
    await uploadText(page, 'nb-focus.csv', WITH_ERROR);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('summary-title');
    // A refused file: its refusal, and no Publish button of the file before it.
    await page
      .locator('input[type="file"]')
      .setInputFiles(join(ROOT, 'tests', 'fixtures', 'uploads', 'not-a-csv.pdf'));
    await page.getByText('The file was refused', { exact: false }).waitFor();
    expect(await page.locator('#summary-title').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
    // Nothing valid: nothing to publish, said so, and no button or confirmation offered.
    await uploadText(
      page,
      'nb-none-valid.csv',
      `${HEADER}nb-bad,Swapped,Inversé,-64.7782,46.0878,health-card,\n`,
    );
    await page.getByText('No row is valid, so there is nothing to publish.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
  });

  it('lists the first 200 problems of a large file, with the rest one click away, and names the columns of changes', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await signIn(page, 'en');
    const rows = Array.from(
      { length: 250 },
      (_, i) => `nb-bad-${i},Swapped ${i},Inversé ${i},-64.7782,46.0878,health-card,`,
    );
    await uploadText(
      page,
      'nb-many-errors.csv',
      `${HEADER}nb-good,Good,Bon,45.9636,-66.6431,driver-licence,\n${rows.join('\n')}\n`,
    );
    const issues = page.locator('.data-table.issues tbody tr');
    await expect.poll(() => issues.count()).toBe(200);
    await page.getByText('The first 200 of 250 problems are listed').waitFor();
    await page.getByRole('button', { name: 'Show all 250' }).click();
    await expect.poll(() => issues.count()).toBe(250);
    expect(await page.getByRole('columnheader', { name: 'Change' }).count()).toBe(1);
  });

  it('ends plainly a session whose token is no longer accepted, instead of showing it signed in', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() =>
      sessionStorage.setItem(
        'pcsm.portal.session',
        JSON.stringify({ jurisdiction: 'nb', token: 'pcsm_revoked' }),
      ),
    );
    await page.goto(`${server.url}/portal?lang=fr`);
    await page.getByRole('alert').filter({ hasText: 'n’est plus accepté' }).waitFor();
    expect(await page.getByText('Connecté pour Nouveau-Brunswick.').count()).toBe(0);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  });

  it('walks a steward through upload, error report, fix, preview, publish, public map and restore', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const errors = watchConsole(page);
    await signIn(page, 'en');

    // 1. A file with one bad row: the preview says it will be left out, and the table names the row.
    await uploadText(page, 'nb-with-error.csv', WITH_ERROR);
    await expect
      .poll(() => page.locator('.banner.warning').first().textContent())
      .toContain('1 row has errors');
    const row = page.locator('.data-table tr.error').first();
    expect(await row.locator('td').first().textContent()).toBe('3');
    expect(await row.textContent()).toContain('swapped');

    // 2. The error report downloads as the steward's file plus an error column.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the error report (CSV)' }).click(),
    ]);
    const report = readFileSync((await download.path()) ?? '', 'utf8');
    expect(report.split('\r\n')[0]?.replace('\uFEFF', '')).toBe(
      'row,id,name_en,name_fr,lat,lon,services,hours,error',
    );
    expect(report).toContain('latitude and longitude look swapped');

    // 3. The fixed file: everything valid; replacing the sample is a suspicious change that needs confirming.
    await uploadText(page, 'nb-fixed.csv', FIXED);
    await expect.poll(() => page.locator('.banner.ok').first().textContent()).toBe('Every row is valid.');
    await page.locator('#diff-title').waitFor();
    await page.waitForFunction(() => {
      const m = (
        window as unknown as { __diffMap?: { map: { querySourceFeatures: (s: string) => unknown[] } } }
      ).__diffMap?.map;
      return (m?.querySourceFeatures('diff').length ?? 0) > 0;
    });
    // The new Fredericton centre is ~1 km from the sample one it replaces: at this zoom they overlap, and the
    // added point must be the one on top (the removed one is a ring under it), not hidden by it.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const m = (window as unknown as { __diffMap?: { map: import('maplibre-gl').Map } }).__diffMap?.map;
          if (!m) return [];
          return m
            .queryRenderedFeatures(m.project([-66.6431, 45.9636]), { layers: ['diff', 'diff-removed'] })
            .map((f) => String(f.properties.change));
        }),
      )
      .toEqual(['added', 'removed']);
    const publish = page.getByRole('button', { name: /^Publish 2 points$/ });
    expect(await publish.isDisabled()).toBe(true);
    await page
      .getByRole('checkbox', { name: 'I have reviewed these changes and want to publish them' })
      .check();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'portal-preview.png'), fullPage: true });
    await publish.click();
    await page.getByText('Published as version 2.').waitFor();

    // 4. The public map shows the new point.
    const map = await browser.newPage();
    await map.goto(`${server.url}/?lang=en`);
    await waitForMapIdle(map);
    await map.evaluate(() => window.__serviceMap?.map.jumpTo({ center: [-66.6431, 45.9636], zoom: 13 }));
    await waitForMapIdle(map);
    const names = await map.evaluate(() =>
      window.__serviceMap?.map
        .queryRenderedFeatures({ layers: ['points'] })
        .map((f) => String(f.properties.name_en)),
    );
    expect(names).toContain('Fredericton Test Centre');

    // 5. Restore the sample (version 1): the new point is gone again.
    // The confirmation says how many points go and how many come back.
    let question = '';
    page.once('dialog', (d) => {
      question = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expect
      .poll(() => question)
      .toMatch(/^Publish a copy of version 1 \(\d+ points\) in place of the current version \(2 points\)\?/);
    await page.getByText('Version 1 restored as version 3.').waitFor();
    // The history names the steward's own token by its label (the public history shows its id alone).
    const history = page.locator('ol.history li');
    await expect.poll(() => history.count()).toBe(3);
    expect(await history.nth(1).textContent()).toMatch(/by NB data team \(token [0-9a-f]{12}\)/);
    expect(await history.nth(2).textContent()).toContain('by sample-seed');
    const after = (await (await fetch(`${server.url}/api/v1/points?jurisdiction=nb`)).json()) as {
      features: { properties: { name_en: string } }[];
    };
    expect(after.features.map((f) => f.properties.name_en)).not.toContain('Fredericton Test Centre');
    expect(after.features.length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`passes axe-core in ${lang === 'en' ? 'English' : 'French'}: sign-in and workspace`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
      await page.goto(`${server.url}/portal?lang=${lang}`);
      await page.locator('#sign-in-title').waitFor();
      expect(await axe(page)).toEqual([]);
      // A refusal in the reader's language, from the API's error code (its message is English).
      await page.getByLabel(lang === 'en' ? 'Jurisdiction' : 'Administration').selectOption('nb');
      await page
        .getByLabel(lang === 'en' ? 'Upload token' : 'Jeton de téléversement')
        .fill('pcsm_not-a-token');
      await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'Se connecter' }).click();
      await page
        .getByText(
          lang === 'en'
            ? 'Sign-in refused: the upload token is not valid or was revoked.'
            : 'Connexion refusée : le jeton de téléversement n’est pas valide ou a été révoqué.',
          { exact: false },
        )
        .waitFor();
      await signIn(page, lang);
      await uploadText(page, `axe-${lang}.csv`, WITH_ERROR);
      // One row of two left out, all five published points gone: singular forms, and the suspicious change in the
      // reader's language (the API's message is English).
      const summary = page.locator('section[aria-labelledby="summary-title"]');
      const expected =
        lang === 'en'
          ? ['1 row has errors', 'Publish 1 point', '5 of the 5 published points (100 %) would be removed.']
          : [
              '1 ligne contient des erreurs',
              'Publier 1 point',
              '5 des 5 points publiés (100 %) seraient retirés.',
            ];
      for (const text of expected) await summary.getByText(text, { exact: false }).first().waitFor();
      const problem = lang === 'en' ? 'Latitude and longitude swapped' : 'Latitude et longitude inversées';
      await page.locator('.data-table.issues td', { hasText: problem }).first().waitFor();
      // The row's message too: the upload asked for the reader's language.
      const message =
        lang === 'en'
          ? 'Row 3, column lat: expected a latitude between 41.6 and 83.2 (Canada), got -64.7782 — latitude and longitude look swapped.'
          : 'Ligne 3, colonne lat : attendu une latitude entre 41,6 et 83,2 (Canada), reçu -64.7782 — la latitude et la longitude semblent inversées.';
      await page.locator('.data-table.issues td.message', { hasText: message }).first().waitFor();
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `portal-phone-${lang}.png`), fullPage: true });
    });
  }
});
