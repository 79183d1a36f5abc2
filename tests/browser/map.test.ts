import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, axe, waitForMapIdle, watchConsole } from '../helpers/browser.ts';
import { useBrowserSession } from '../helpers/browser-session.ts';

const skip = inject('chromiumSkipReason');

describe.skipIf(skip)(`the map in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const session = useBrowserSession('map');

  it('renders Canada, its provinces and the sample points; a click opens a point’s details', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/?lang=en`);
    await waitForMapIdle(page);

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    const rendered = await page.evaluate(() => {
      const map = window.__serviceMap?.map;
      if (!map) return null;
      return {
        provinces: new Set(
          map.queryRenderedFeatures({ layers: ['provinces-fill'] }).map((f) => f.properties.code),
        ).size,
        clusters: map.queryRenderedFeatures({ layers: ['clusters'] }).length,
        points: map.queryRenderedFeatures({ layers: ['points'] }).length,
      };
    });
    expect(rendered?.provinces).toBe(13);
    expect((rendered?.clusters ?? 0) + (rendered?.points ?? 0)).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTIFACTS, 'map-canada.png') });

    // Zoom to Whitehorse, where a few unclustered points sit, and click the first one rendered.
    await page.evaluate(() => window.__serviceMap?.map.jumpTo({ center: [-135.05, 60.72], zoom: 12 }));
    await waitForMapIdle(page);
    const target = await page.evaluate(() => {
      const map = window.__serviceMap?.map;
      const f = map?.queryRenderedFeatures({ layers: ['points'] })[0];
      if (!map || !f || f.geometry.type !== 'Point') return null;
      const px = map.project(f.geometry.coordinates as [number, number]);
      return { x: px.x, y: px.y, name: String(f.properties.name_en) };
    });
    expect(target).not.toBeNull();
    const box = await page.locator('.map canvas').boundingBox();
    await page.mouse.click((box?.x ?? 0) + (target?.x ?? 0), (box?.y ?? 0) + (target?.y ?? 0));
    await expect.poll(() => page.locator('#details-name').textContent()).toBe(target?.name);
    await page.screenshot({ path: join(ARTIFACTS, 'map-details.png') });
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`passes axe-core in ${lang === 'en' ? 'English' : 'French'}, map and About pages, on a phone`, async () => {
      const page = await session.browser.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const errors = watchConsole(page);
      await page.goto(`${session.server.url}/?lang=${lang}`);
      await waitForMapIdle(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('.app-title').textContent()).toBe(
        lang === 'fr' ? 'Carte pancanadienne des services' : 'Pan-Canadian Service Map',
      );
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `map-phone-${lang}.png`) });
      // The header's links sit behind its Menu button on a phone, so the page starts below a short header.
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      const about = page.getByRole('link', {
        name: lang === 'fr' ? 'À propos des données' : 'About the data',
      });
      expect(await about.isVisible()).toBe(false);
      expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThan(190);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await about.isVisible()).toBe(true);
      expect(await axe(page)).toEqual([]);
      // Escape closes it and gives the focus back to the button.
      await about.focus();
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
      await menu.click();
      await about.click();
      await page.locator('h1').waitFor();
      // Following a link closes the menu: the new page opens on its own content.
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('fits /map and /planner below the header on a laptop screen, attribution in view, in French', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/map', '/planner']) {
      await page.goto(`${session.server.url}${path}?lang=fr`);
      await page.locator('.maplibregl-ctrl-attrib').waitFor();
      // The French header wraps onto more lines than the English one: the view takes what is left of the screen.
      const layout = () =>
        page.evaluate(() => ({
          scroll: document.documentElement.scrollHeight - window.innerHeight,
          attribution:
            document.querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect().bottom ?? -1,
        }));
      await expect.poll(async () => (await layout()).scroll).toBeLessThanOrEqual(1);
      const { attribution } = await layout();
      expect(attribution).toBeGreaterThan(0);
      expect(attribution).toBeLessThanOrEqual(800);
    }
  });

  it('never makes a page scroll sideways on a phone, in either language', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const wide: string[] = [];
    for (const lang of ['en', 'fr'])
      for (const path of ['/', '/map', '/planner', '/portal', '/developers', '/about']) {
        await page.goto(`${session.server.url}${path}?lang=${lang}`);
        await page.locator('h1').first().waitFor();
        // What widened a page came with its data: the planner's list of services, the API reference's paths.
        if (path === '/planner')
          await page.locator('.planner .field select option').nth(1).waitFor({ state: 'attached' });
        if (path === '/developers') await page.locator('.operation h2').first().waitFor();
        // Long service names in a select, API paths in a heading: each once made its page 470-660 px wide.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) wide.push(`${path}?lang=${lang}: ${overflow} px too wide`);
      }
    expect(wide).toEqual([]);
  });

  it('lists the places near the centre of the map, for keyboard and screen-reader users', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchConsole(page);
    await page.goto(`${session.server.url}/map?lang=fr`);
    await waitForMapIdle(page);
    await page.evaluate(() => window.__serviceMap?.map.jumpTo({ center: [-135.05, 60.72], zoom: 10 }));
    const list = page.getByRole('button', { name: 'Lister les lieux près du centre de la carte' });
    await list.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: 'Trouver des services gouvernementaux près de chez vous' })
      .waitFor();
    await page.locator('.result').first().waitFor();
    expect(await page.locator('.near').textContent()).toBe('Recherche près de l’endroit choisi sur la carte');
    expect(await page.locator('.result').first().textContent()).toContain('Whitehorse');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(errors).toEqual([]);
  });

  it('labels the map’s own buttons in the page’s language, and relabels them on a switch', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/map?lang=fr`);
    await waitForMapIdle(page);
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('aria-label')).toBe('Zoom avant');
    expect(await page.locator('.maplibregl-ctrl-attrib-button').getAttribute('title')).toBe(
      'Afficher ou masquer les sources',
    );
    await page.getByRole('button', { name: 'Display in English' }).click();
    await expect.poll(() => zoomIn.getAttribute('aria-label')).toBe('Zoom in');
  });

  it('switches language with the toggle, keeping ?lang= and <html lang> in sync', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/?lang=en`);
    await page.getByRole('button', { name: 'Afficher en français' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.locator('.legend h2').textContent()).toBe('Ordre de gouvernement');
  });
});
