import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { GapsResult } from '../../server/core/analysis/gaps.ts';
import { ARTIFACTS, axe, watchConsole } from '../helpers/browser.ts';
import { useBrowserSession } from '../helpers/browser-session.ts';

const skip = inject('chromiumSkipReason');

/** Waits until the planner map has its analysis layers and is idle. */
async function waitForPlannerIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__plannerMap?.ready === true && window.__plannerMap.map.loaded(),
    undefined,
    {
      timeout: 30_000,
    },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__plannerMap?.map;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Number of features of `layer` drawn on the planner map right now. */
const rendered = (page: Page, layer: string) =>
  page.evaluate((l) => window.__plannerMap?.map.queryRenderedFeatures({ layers: [l] }).length ?? 0, layer);

describe.skipIf(skip)(`the planner in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const session = useBrowserSession('planner');

  it('shows co-location groups in the table and on the map; a row zooms to the group and lists its sites', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/planner?lang=en`);
    await page.getByRole('heading', { name: 'Network planner' }).waitFor();
    await page.getByRole('button', { name: /^Whitehorse \(YT\)$/ }).waitFor();
    await waitForPlannerIdle(page);
    expect(await rendered(page, 'groups')).toBeGreaterThan(5);
    expect(await page.locator('.panel-body .headline').textContent()).toMatch(/co-location groups at 250 m/);

    // Governments are named, never shown by their ids (`fed-esdc, yt`).
    const whitehorse = page
      .locator('.planner-table')
      .first()
      .locator('tbody tr', { has: page.getByRole('button', { name: /^Whitehorse \(YT\)$/ }) });
    expect(await whitehorse.textContent()).toContain(
      'Service Canada (Employment and Social Development Canada), Yukon',
    );

    await page.getByRole('button', { name: /^Whitehorse \(YT\)$/ }).click();
    await page.getByRole('heading', { name: 'Sites in Whitehorse' }).waitFor();
    expect(await page.locator('.site-card').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.site-card .meta').allTextContents()).toContain('Territorial · Yukon');
    expect(await page.locator('.group-detail').textContent()).toContain('Already in one building');
    await page.waitForFunction(() => (window.__plannerMap?.map.getZoom() ?? 0) > 12, undefined, {
      timeout: 10_000,
    });
    await waitForPlannerIdle(page);
    expect(await rendered(page, 'sites')).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTIFACTS, 'planner-colocation.png') });

    // A same-community place lists its separate offices.
    const community = page.locator('.planner-table').nth(1).locator('tbody tr').first().getByRole('button');
    const place = ((await community.textContent()) ?? '').replace(/ \(\w+\)$/, '');
    await community.click();
    await page.getByRole('heading', { name: `Sites in ${place}`, exact: true }).waitFor();
    expect(await page.locator('.group-detail .site-card').count()).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('community-detail-title');
    expect(await page.locator('.group-detail').textContent()).not.toMatch(/\b(fed|mun|ind)-[a-z]+\b/);

    // Sorting by a header is announced with aria-sort.
    const header = page.getByRole('columnheader', { name: /Largest distance/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(errors).toEqual([]);
  });

  it('runs a gap analysis: coverage layer, charts, slider, and a CSV export of the places', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/planner?lang=en`);
    await page.getByRole('tab', { name: 'Coverage gaps' }).click();
    const headline = page.locator('.panel-body .headline');
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).toMatch(/within 50 km/);
    await waitForPlannerIdle(page);
    expect(await rendered(page, 'places')).toBeGreaterThan(100);
    expect(await page.locator('.chart canvas').count()).toBe(2);
    const before = await headline.textContent();

    // Move the slider with the keyboard: End takes it to 300 km, and the numbers follow.
    const slider = page.getByRole('slider', { name: 'Coverage distance' });
    await slider.focus();
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuetext')).toBe('300 km');
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).toMatch(/within 300 km/);
    expect(await headline.textContent()).not.toBe(before);
    await page.waitForSelector('.analysis-status .progress', { state: 'detached' });
    await page.screenshot({ path: join(ARTIFACTS, 'planner-gaps.png'), fullPage: false });

    // Only offices open on ordinary days: outreach visits and the like no longer count as coverage.
    const all = await headline.textContent();
    await page.getByLabel('Only offices open on ordinary days', { exact: false }).check();
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).not.toBe(all);
    await page.getByLabel('Only offices open on ordinary days', { exact: false }).uncheck();
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).toBe(all);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the places not covered (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'name,province,population,lat,lon,nearest_km,nearest_point_id,covered',
    );
    expect(download.suggestedFilename()).toBe('gaps-300km.csv');
    expect(errors).toEqual([]);
  });

  it('keeps its view in the URL, to share or reload, and leaves it behind when going to another page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${session.server.url}/planner?lang=en&tab=gaps&max_km=100&service=passport`);
    expect(await page.getByRole('tab', { name: 'Coverage gaps' }).getAttribute('aria-selected')).toBe('true');
    const headline = page.locator('.panel-body .headline');
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).toMatch(/within 100 km/);
    const slider = page.getByRole('slider', { name: 'Coverage distance' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('max_km')).toBe('300');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // The finder must not read the planner's service or distance as its own.
    await page.getByRole('link', { name: 'Find a service' }).click();
    await page.getByRole('heading', { name: 'Find government services near you' }).waitFor();
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['lang']);
  });

  it('takes French decimal commas in the what-if, and says what is wrong with a coordinate', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${session.server.url}/planner?lang=fr`);
    await page.getByRole('tab', { name: 'Scénario' }).click();
    await page.getByLabel('Latitude (degrés)').fill('43,17126');
    await page.getByLabel('Longitude (degrés, négative au Canada)').fill('abc');
    await page.getByRole('button', { name: 'Ajouter un site ici' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Longitude « abc » : attendu un nombre entre −142 et −52 (le Canada), par exemple −79,243.',
    );
    await page.getByLabel('Longitude (degrés, négative au Canada)').fill('-79,24267');
    await page.getByRole('button', { name: 'Ajouter un site ici' }).click();
    await page.getByRole('heading', { name: 'Sites ajoutés (1)' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('runs a what-if: a site added by coordinates and one by a map click change the coverage', async () => {
    const gaps = (await (
      await fetch(`${session.server.url}/api/v1/analysis/gaps?max_km=50`)
    ).json()) as GapsResult;
    const target = gaps.places[0];
    expect(target).toBeDefined();
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/planner?lang=en`);
    await page.getByRole('tab', { name: 'What-if' }).click();
    const headline = page.locator('.panel-body .headline');
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).toMatch(/\(0\)/);
    await page.getByLabel('Latitude (degrees)').fill(String(target?.lat));
    await page.getByLabel('Longitude (degrees, negative in Canada)').fill(String(target?.lon));
    await page.getByRole('button', { name: 'Add a site here' }).click();
    await expect.poll(() => headline.textContent(), { timeout: 30_000 }).toMatch(/\(\+[\d,]+\)/);
    expect(await page.locator('.panel-body').textContent()).toContain(`Newly covered: ${target?.name}`);
    expect(await page.getByTestId('whatif-table').locator('tr.changed').count()).toBeGreaterThan(0);

    await waitForPlannerIdle(page);
    const box = await page.locator('.planner-map-wrap canvas').boundingBox();
    // A click in the open Arctic (no existing site there) adds a second site.
    const px = await page.evaluate(() => window.__plannerMap?.map.project([-100, 75]));
    await page.mouse.click((box?.x ?? 0) + (px?.x ?? 0), (box?.y ?? 0) + (px?.y ?? 0));
    await page.getByRole('heading', { name: 'Sites added (2)' }).waitFor();
    await waitForPlannerIdle(page);
    expect(await rendered(page, 'added')).toBe(2);

    // Zoom to Whitehorse and click one of its existing sites: it is set to close.
    await page.evaluate(() => window.__plannerMap?.map.jumpTo({ center: [-135.05, 60.72], zoom: 11 }));
    await waitForPlannerIdle(page);
    const site = await page.evaluate(() => {
      const map = window.__plannerMap?.map;
      const f = map?.queryRenderedFeatures({ layers: ['points'] })[0];
      if (!map || !f || f.geometry.type !== 'Point') return null;
      return map.project(f.geometry.coordinates as [number, number]);
    });
    expect(site).not.toBeNull();
    await page.mouse.click((box?.x ?? 0) + (site?.x ?? 0), (box?.y ?? 0) + (site?.y ?? 0));
    await page.getByRole('heading', { name: 'Sites closed (1)' }).waitFor();
    // The federal and territorial offices share 50 Government Place: a second click closes the other one.
    await waitForPlannerIdle(page);
    await page.mouse.click((box?.x ?? 0) + (site?.x ?? 0), (box?.y ?? 0) + (site?.y ?? 0));
    await page.getByRole('heading', { name: 'Sites closed (2)' }).waitFor();
    await page.getByRole('heading', { name: 'Sites added (2)' }).waitFor();
    await page.waitForSelector('.analysis-status .progress', { state: 'detached' });
    await waitForPlannerIdle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'planner-whatif.png') });

    // The keyboard way: type a site's id and close it with the form.
    const closeInput = page.getByLabel('Close an existing site (type its name or id)');
    await closeInput.fill('fed-esdc:esdc-042');
    await closeInput.press('Enter');
    await page.getByRole('heading', { name: 'Sites closed (3)' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the before/after table (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('province,covered_before,covered_after,change,total_population');
    expect(rows).toHaveLength(15);

    // The what-if is in the URL: shared (or reloaded), it comes back, still as a what-if.
    const url = new URL(page.url());
    expect(url.searchParams.get('tab')).toBe('whatif');
    expect(url.searchParams.getAll('add')).toHaveLength(2);
    expect(url.searchParams.getAll('close')).toContain('fed-esdc:esdc-042');
    expect(url.searchParams.getAll('close')).toHaveLength(3);
    const shared = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const sharedErrors = watchConsole(shared);
    // A point closed in the link that is no longer published is left out, not an error.
    const link = new URL(url.href);
    link.searchParams.append('close', 'fed-esdc:gone-since');
    await shared.goto(link.href);
    await shared.getByRole('heading', { name: 'Sites added (2)' }).waitFor();
    await shared.getByRole('heading', { name: 'Sites closed (3)' }).waitFor();
    await expect
      .poll(() => shared.locator('.panel-body .headline').textContent(), { timeout: 30_000 })
      .toBe(await headline.textContent());
    await waitForPlannerIdle(shared);
    expect(await rendered(shared, 'added')).toBe(2);
    await shared.screenshot({ path: join(ARTIFACTS, 'planner-whatif-shared.png') });
    expect(sharedErrors).toEqual([]);
    // Read in French, the sites added by their coordinates are named in French (the link carries no name).
    url.searchParams.set('lang', 'fr');
    await shared.goto(url.href);
    const addedList = shared.locator('section[aria-labelledby="whatif-added"] li');
    await expect.poll(() => addedList.allTextContents()).toHaveLength(2);
    expect((await addedList.allTextContents()).every((li) => li.startsWith('Nouveau site à '))).toBe(true);

    // Nothing was changed on the server.
    const again = (await (
      await fetch(`${session.server.url}/api/v1/analysis/gaps?max_km=50`)
    ).json()) as GapsResult;
    expect(again.covered_population).toBe(gaps.covered_population);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`passes axe-core in ${lang === 'en' ? 'English on a desktop' : 'French on a phone'}, on every tab`, async () => {
      // English on a wide screen, French on a phone: both layouts, both languages.
      const page = await session.browser.newPage(
        lang === 'en'
          ? { viewport: { width: 1280, height: 900 } }
          : { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      );
      const errors = watchConsole(page);
      await page.goto(`${session.server.url}/planner?lang=${lang}`);
      await page.locator('.planner-table tbody tr').first().waitFor();
      await waitForPlannerIdle(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const tabs =
        lang === 'fr'
          ? ['Colocalisation', 'Lacunes de couverture', 'Scénario', 'Sites suggérés']
          : ['Co-location', 'Coverage gaps', 'What-if', 'Suggested sites'];
      for (const name of tabs) {
        await page.getByRole('tab', { name }).click();
        await page.locator('.panel-body .headline').filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
        await page.waitForSelector('.analysis-status .progress', { state: 'detached' });
        expect(await axe(page), `${lang} ${name}`).toEqual([]);
      }
      // The data-quality report, folded under the tabs: one row per government with published points.
      // Opened from the keyboard (on the phone layout a pointer click is intercepted: see the closing note).
      const summary = page.locator('.quality summary');
      expect(await summary.textContent()).toBe(
        lang === 'fr' ? 'Qualité des données par gouvernement' : 'Data quality by government',
      );
      await summary.focus();
      await page.keyboard.press('Enter');
      const quebec = page
        .locator('.quality tbody tr')
        .filter({ hasText: lang === 'fr' ? 'Québec' : 'Quebec' })
        .first();
      await quebec.waitFor();
      expect(await quebec.locator('td').nth(4).textContent()).toMatch(/^100\s?%$/);
      expect(await axe(page), `${lang} quality`).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `planner-suggest-${lang}.png`) });
      expect(errors).toEqual([]);
    });
  }
});
