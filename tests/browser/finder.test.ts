import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, axe, waitForMapIdle, watchConsole } from '../helpers/browser.ts';
import { useBrowserSession } from '../helpers/browser-session.ts';

const skip = inject('chromiumSkipReason');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Distances shown in the result list, in metres, parsed back from `12.5 km` / `12,5 km` / `850 m`. */
async function listedDistances(page: Page, lang: 'en' | 'fr'): Promise<number[]> {
  const texts = await page.locator('.result .distance').allTextContents();
  return texts.map((t) => {
    const m = /([\d\s\u00a0\u202f.,]+)\s*(km|m)\b/.exec(t);
    if (!m?.[1]) return Number.NaN;
    const digits = m[1].replace(/[\s\u00a0\u202f]/g, '');
    // English: `1,078.5`; French: `1 078,5`.
    const v = Number(lang === 'en' ? digits.replace(/,/g, '') : digits.replace(',', '.'));
    return m[2] === 'km' ? v * 1000 : v;
  });
}

/** Ids of the results drawn on the map, in rank order. */
async function mapResultIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__serviceMap?.map;
    const source = map?.getSource('results') as unknown as
      | { _data?: { geojson?: GeoJSON.FeatureCollection } }
      | undefined;
    const data =
      source?._data?.geojson ?? (source as unknown as { _data?: GeoJSON.FeatureCollection })?._data;
    const features = (data as GeoJSON.FeatureCollection | undefined)?.features ?? [];
    return features
      .slice()
      .sort((a, b) => Number(a.properties?.rank) - Number(b.properties?.rank))
      .map((f) => String(f.properties?.id));
  });
}

describe.skipIf(skip)(`the finder in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const session = useBrowserSession('finder');

  it('finds passport offices near a postal code, sorted by distance, with the map in sync, and opens one', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/?lang=en`);
    await waitForMapIdle(page);
    await page.getByRole('searchbox', { name: 'Where are you?' }).fill('K1A 0B1');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.locator('.location-note').textContent()).toContain('approximate');

    await page.getByLabel('Search for a service').fill('passport');
    await page.getByRole('button', { name: 'Passport', exact: true }).click();
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toMatch(/places near .* offering Passport/);
    const distances = await listedDistances(page, 'en');
    expect(distances.length).toBeGreaterThan(1);
    expect(distances.every(Number.isFinite)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Focus moved to the results after the search.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');

    const listIds = await page
      .locator('.result')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await expect.poll(() => mapResultIds(page)).toEqual(listIds);
    expect(await page.title()).toMatch(/^Passport · K1A 0B1 .* — Pan-Canadian Service Map$/);
    // Pointing at a result rings its marker on the map.
    await page.locator('.result').nth(1).hover();
    await expect
      .poll(() =>
        page.evaluate(
          (id) => window.__serviceMap?.map.getFeatureState({ source: 'results', id: id ?? '' }).hover,
          listIds[1],
        ),
      )
      .toBe(true);
    await waitForMapIdle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'finder-desktop-en.png') });

    const firstName = (await page.locator('.result .result-name').first().textContent()) ?? '';
    await page.locator('.result .result-name').first().click();
    await expect.poll(() => page.locator('#details-name').textContent()).toBe(firstName);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-name');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(jsonLd['@type']).toBe('GovernmentService');
    expect(jsonLd.name).toBe(firstName);
    expect(await page.locator('.details').textContent()).toContain('Last verified');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(listIds[0]);
    await page.screenshot({ path: join(ARTIFACTS, 'finder-details-en.png') });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('restores the whole view from a shared URL, and switches it to French with ?lang= and <html lang> in sync', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A link someone shared: a postal code, a service, a language filter and an open result.
    await page.goto(`${session.server.url}/?lang=en&q=K1A%200B1&service=passport&language=en`);
    await page.locator('.result').first().waitFor();
    const second = await page.locator('.result').nth(1).getAttribute('data-id');
    const shared = new URL(page.url());
    shared.searchParams.set('sel', second ?? '');
    await page.goto(shared.toString());
    await page.locator('#details-name').waitFor();
    expect(await page.locator('.result.selected').getAttribute('data-id')).toBe(second);
    expect(await page.locator('#service-select').inputValue()).toBe('passport');
    expect(await page.locator('#language').inputValue()).toBe('en');
    expect(await page.locator('#where').inputValue()).toBe('K1A 0B1');
    await page.reload();
    await page.locator('#details-name').waitFor();
    expect(await page.locator('.result.selected').getAttribute('data-id')).toBe(second);

    await page.getByRole('button', { name: 'Afficher en français' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('fr');
    const now = new URL(page.url());
    expect(now.searchParams.get('service')).toBe('passport');
    expect(await page.locator('#finder-heading').textContent()).toBe(
      'Trouver des services gouvernementaux près de chez vous',
    );
    // French number format: spaces between thousands and a decimal comma, never `1,078 km`.
    const french = (await page.locator('.result .distance').allTextContents()).join(' ');
    expect(french).toMatch(/\d[\u202f\u00a0 ]\d{3} km|\d,\d km/);
    expect(french).not.toMatch(/\d,\d{3} km/);
    expect(await axe(page)).toEqual([]);
    await expect.poll(() => page.title()).toMatch(/^Passeport · .* — Carte pancanadienne des services$/);
    await page.screenshot({ path: join(ARTIFACTS, 'finder-desktop-fr.png') });
  });

  it('works by keyboard alone on a phone, in French: Trois-Rivières, then "passeport"', async () => {
    const page = await session.browser.newPage(PHONE);
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/?lang=fr`);
    await page.locator('#where').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'finder-phone-start-fr.png') });

    await page.keyboard.press('Tab'); // skip link
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'where' && guard++ < 20)
      await page.keyboard.press('Tab');
    await page.keyboard.type('trois rivieres');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.near').textContent()).toContain('Trois-Rivières');
    // The search moves focus to the results; from there the user goes back to the service search.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    await page.locator('#service-search').focus();
    await page.keyboard.type('passeport');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Passeport');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toMatch(/lieux près de Trois-Rivières.*Passeport/);
    expect((await page.locator('.result .distance').allTextContents())[0]).toMatch(/^à \d/);
    const distances = await listedDistances(page, 'fr');
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    // Open the first result with the keyboard; closing the details returns focus to it.
    await page.locator('.result .result-name').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-name');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'finder-phone-fr.png'), fullPage: true });
    await page.getByRole('button', { name: 'Fermer les détails' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('result-name')))
      .toBe(true);

    // No horizontal scrolling at 390 px; the list/map switch shows the map.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await waitForMapIdle(page);
    expect(await page.locator('.map canvas').isVisible()).toBe(true);
    expect(await page.locator('.result-list').isVisible()).toBe(false);
    // The map, hidden while the list showed, frames the searched place and the nearest result once shown.
    const framed = await page.evaluate(() => {
      const map = window.__serviceMap?.map;
      const first = map?.querySourceFeatures('results').find((f) => f.properties.rank === 1);
      if (!map || !first || first.geometry.type !== 'Point') return null;
      const b = map.getBounds();
      return {
        origin: b.contains([-72.5477, 46.34515]),
        first: b.contains(first.geometry.coordinates as [number, number]),
      };
    });
    expect(framed).toEqual({ origin: true, first: true });
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'finder-phone-map-fr.png') });
    expect(errors).toEqual([]);
  });

  it('uses the device location (mocked) and filters by language of service', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 900 },
      geolocation: { latitude: 44.6488, longitude: -63.5752 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/?lang=en`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.locator('.near').textContent()).toContain('your location');
    // Rounded to ~1 km before it leaves the device's answer.
    await expect.poll(() => new URL(page.url()).searchParams.get('lat')).toBe('44.65');
    expect(new URL(page.url()).searchParams.get('lon')).toBe('-63.58');
    await page.locator('.result').first().waitFor();

    // "Show more" lists the next ones and puts the focus on the first new result.
    expect(await page.locator('.result').count()).toBe(15);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('.result').count()).toBe(30);
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('.rank')?.textContent),
    ).toBe('16');
    await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('30');

    await page.getByText('Filters').click();
    await page.locator('#language').selectOption('fr');
    await expect.poll(() => new URL(page.url()).searchParams.get('language')).toBe('fr');
    await expect.poll(async () => (await page.locator('.result').count()) > 0).toBe(true);
    for (const text of await page.locator('.result .langs').allTextContents())
      expect(text).toContain('French');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('says in French why the device location could not be used, when it is refused', async () => {
    // A context without the geolocation permission: the browser refuses (PERMISSION_DENIED).
    const context = await session.browser.newContext({ ...PHONE, permissions: [] });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/?lang=fr`);
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await expect
      .poll(() => page.locator('.finder-panel').textContent())
      .toContain(
        'Votre position n’a pas pu être utilisée (le navigateur n’a pas eu la permission de la partager).',
      );
    expect(await page.locator('.finder-panel').textContent()).not.toContain('User denied');
    await context.close();
  });

  it('says plainly when nothing is near, and shows the alternatives first', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const page = await session.browser.newPage(PHONE);
      // High Arctic (Resolute area): no passport office within 100 km.
      await page.goto(`${session.server.url}/?lang=${lang}&lat=74.7&lon=-95&place=Resolute&service=passport`);
      await page.locator('.nothing-near').waitFor();
      expect(await page.locator('.nothing-near h3').first().textContent()).toBe(
        lang === 'fr' ? 'Rien à moins de 100 km' : 'Nothing within 100 km',
      );
      await page.locator('.alternatives').waitFor();
      // The alternatives come before the far results.
      const order = await page.evaluate(() => {
        const alt = document.querySelector('.alternatives');
        const list = document.querySelector('.result-list');
        return alt && list ? alt.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      expect(await page.locator('.alternatives a').count()).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({
        path: join(ARTIFACTS, `finder-phone-nothing-near-${lang}.png`),
        fullPage: true,
      });
    }
  });

  it('never sends someone to another province for a provincial service: Montréal, health card', async () => {
    const page = await session.browser.newPage(PHONE);
    const errors = watchConsole(page);
    await page.goto(
      `${session.server.url}/?lang=fr&lat=45.5215&lon=-73.5802&place=Montr%C3%A9al&service=health-card`,
    );
    await page.locator('.alternatives').waitFor();
    // No Québec office of the sample issues health cards: nothing near, and no Ontario or New Brunswick office.
    const results = await page.locator('.result').allTextContents();
    expect(results.filter((r) => /ServiceOntario|Service New Brunswick|Access PEI/.test(r))).toEqual([]);
    expect(await page.locator('.result-count').textContent()).toBe(
      'Aucun bureau des gouvernements qui desservent cet endroit n’offre ce service (Carte santé) dans nos données.',
    );
    // The alternative is Québec's own government, not another province's line or site.
    expect(await page.locator('.alternatives').textContent()).toContain(
      'Le gouvernement de votre province ou de votre territoire',
    );
    const link = page.locator('.alternatives a', { hasText: 'Québec' });
    expect(await link.getAttribute('href')).toBe('https://www.quebec.ca/');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({
      path: join(ARTIFACTS, 'finder-phone-montreal-health-card-fr.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  it('names Inuktitut in French, opens and closes a result by keyboard, and says which links open a tab', async () => {
    const page = await session.browser.newPage(PHONE);
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/?lang=fr&lat=63.7467&lon=-68.517&place=Iqaluit&service=sin`);
    const card = page.locator('.result', { hasText: 'Centre Service Canada – Iqaluit' });
    await card.waitFor();
    // Debian's Chromium has no name for `iu` (it showed the code); the catalogue's is the one used in Nunavut.
    expect(await card.textContent()).toContain('Service en : anglais, inuktitut, français');
    await card.locator('.result-name').focus();
    await page.keyboard.press('Enter');
    const details = page.locator('.details');
    await details.waitFor();
    const external = await details
      .locator('a[target="_blank"]')
      .evaluateAll((as) => as.map((a) => a.textContent));
    expect(external.length).toBeGreaterThan(0);
    for (const text of external) expect(text).toContain('(s’ouvre dans un nouvel onglet)');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Centre Service Canada – Iqaluit',
    );
    expect(errors).toEqual([]);
  });

  it('goes Back step by step through a search: details, then the service, then the place', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/about?lang=en`);
    await page.getByRole('link', { name: 'Find a service' }).click();
    await page.getByRole('searchbox', { name: 'Where are you?' }).fill('K1A 0B1');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.result').first().waitFor();
    await page.getByLabel('Search for a service').fill('passport');
    await page.getByRole('button', { name: 'Passport', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('service')).toBe('passport');
    await page.locator('.result .result-name').first().click();
    await page.locator('.details').waitFor();
    const params = () => new URL(page.url()).searchParams;

    await page.goBack();
    await page.locator('.details').waitFor({ state: 'detached' });
    expect(params().get('service')).toBe('passport');
    await page.goBack();
    await expect.poll(() => page.locator('#service-select').inputValue()).toBe('');
    expect(params().get('q')).toBe('K1A 0B1');
    await page.goBack();
    await expect.poll(() => params().get('lat')).toBeNull();
    expect(await page.locator('.result').count()).toBe(0);
    await page.goBack();
    await page.getByRole('heading', { name: 'About the data', level: 1 }).waitFor();
    await page.goForward();
    await page.goForward();
    await page.locator('.result').first().waitFor();
    expect(params().get('q')).toBe('K1A 0B1');

    // Details closed with their button leave no entry behind: Back then leaves the passport search.
    await page.goForward();
    await page.locator('.result .result-name').first().click();
    await page.locator('.details').waitFor();
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.locator('.details').waitFor({ state: 'detached' });
    expect(params().get('service')).toBe('passport');
    await page.goBack();
    await expect.poll(() => page.locator('#service-select').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('finds a service the way people ask for it, and Enter chooses it: « renouveler ma carte santé »', async () => {
    const page = await session.browser.newPage(PHONE);
    await page.goto(`${session.server.url}/?lang=fr`);
    const box = page.getByLabel('Rechercher un service');
    await box.fill('renouveler ma carte santé');
    // Announced as a count, not as the names run together.
    await expect
      .poll(() => page.locator('.service-picker [aria-live]').textContent())
      .toMatch(/^\d+ services? correspond/);
    expect(await page.locator('.service-matches button').first().textContent()).toBe('Carte santé');
    await box.press('Enter');
    await expect.poll(() => page.locator('#service-select').inputValue()).toBe('health-card');
    expect(new URL(page.url()).searchParams.get('service')).toBe('health-card');
  });

  it('says when the filters leave nothing, and clears them in one step', async () => {
    const page = await session.browser.newPage(PHONE);
    await page.goto(
      `${session.server.url}/?lang=fr&lat=45.42&lon=-75.69&place=Ottawa&service=passport&level=indigenous`,
    );
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toBe('Rien ne correspond à votre recherche avec son filtre. Effacez-le pour voir tous les lieux.');
    await page.getByRole('button', { name: 'Effacer les filtres' }).first().click();
    await page.locator('.result').first().waitFor();
    expect(new URL(page.url()).searchParams.get('level')).toBeNull();
    expect(new URL(page.url()).searchParams.get('service')).toBe('passport');
  });

  it('shows the results on the map on a phone, in view, when asked', async () => {
    const page = await session.browser.newPage(PHONE);
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/?lang=en&lat=45.42&lon=-75.69&place=Ottawa&service=passport`);
    await page.locator('.result').first().waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await waitForMapIdle(page);
    // The map, not the search form above it, fills the screen; the list and its "show more" are put away.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.finder .map')?.getBoundingClientRect().top))
      .toBeLessThan(10);
    expect(await page.locator('.result-list').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    expect(errors).toEqual([]);
  });

  it('says so when a link names a service that does not exist, and searches without it', async () => {
    const page = await session.browser.newPage(PHONE);
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/?lang=fr&lat=45.42&lon=-75.69&place=Ottawa&service=health_card`);
    await page.getByText('Ce lien nomme un service que nous ne connaissons pas (« health_card »)').waitFor();
    await page.locator('.result').first().waitFor();
    expect(await page.locator('.finder-panel').textContent()).not.toContain('Unknown value');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters by opening time: open at a given local time, set from the filters and kept in the URL', async () => {
    const page = await session.browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${session.server.url}/?lang=en&lat=45.42&lon=-75.7&place=Ottawa`);
    await page.locator('.result').first().waitFor();
    // prefers-reduced-motion: the map is already on the results when they are listed (a jump, not a flight).
    expect(await page.evaluate(() => window.__serviceMap?.map.getZoom() ?? 0)).toBeGreaterThan(8);
    expect(await page.evaluate(() => window.__serviceMap?.map.isMoving())).toBe(false);
    const all = await page.locator('.result').count();
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Open on a given date and time').check();
    await page.getByLabel('Date and time (local time at each office)').fill('2026-11-22T03:00');
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toBe('Nothing matches your search with its filter. Clear it to see every place.');
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe('at');
    expect(new URL(page.url()).searchParams.get('at')).toBe('2026-11-22T03:00');
    await page.getByLabel('Date and time (local time at each office)').fill('2026-11-24T10:30');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('.result').count()).toBeLessThanOrEqual(all);
    expect(await page.locator('.filters summary').textContent()).toBe('Filters (1 on)');
    expect(await axe(page)).toEqual([]);
  });

  it('keeps the map of every point reachable from the header, at /map, axe-clean in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const page = await session.browser.newPage(PHONE);
      await page.goto(`${session.server.url}/?lang=${lang}`);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByRole('link', { name: lang === 'fr' ? 'Carte' : 'Map', exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/map');
      await waitForMapIdle(page);
      expect(await page.locator('h1').textContent()).toBe(
        lang === 'fr' ? 'Points de service partout au Canada' : 'Service points across Canada',
      );
      expect(await axe(page)).toEqual([]);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByRole('link', { name: lang === 'fr' ? 'Trouver un service' : 'Find a service' }).click();
      await page.locator('#finder-heading').waitFor();
    }
  });

  it('explains an unknown place: what it tried and what to type instead', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.server.url}/?lang=en&q=Xyzzyville`);
    await expect
      .poll(() => page.locator('.banner.warning').textContent())
      .toContain('We found no place for “Xyzzyville”');
    expect(await page.locator('.banner.warning').textContent()).toContain('K1A 0B1');
    expect(await axe(page)).toEqual([]);

    // A rural postal area still gives results, and asks for the community for closer ones.
    await page.getByRole('searchbox', { name: 'Where are you?' }).fill('X0A 0H0');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => page.locator('.banner.info').textContent())
      .toContain('type the name of your community');
    await page.locator('.result').first().waitFor();
    expect(await axe(page)).toEqual([]);
  });
});
