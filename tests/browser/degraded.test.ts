import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, axe, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { type RunningServer, startServer } from '../helpers/server-process.ts';

const skip = inject('chromiumSkipReason');

describe.skipIf(skip)(`without the reference data, in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let server: RunningServer;
  let browser: Browser;
  const dirs = [
    mkdtempSync(join(tmpdir(), 'pcsm-degraded-data-')),
    mkdtempSync(join(tmpdir(), 'pcsm-noref-')),
  ];
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dirs[0] ?? '', REFERENCE_DATA_DIR: dirs[1] ?? '' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('the About page names each missing layer in the page’s language and says what it takes away', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const errors = watchConsole(page);
    await page.goto(`${server.url}/about?lang=fr`);
    await page.getByText('Certaines couches de référence manquent').waitFor();
    const layers = await page.locator('.layers li').allTextContents();
    expect(layers).toContain('Lacs : manquante — les lacs ne sont pas tracés sur les cartes.');
    expect(layers).toContain(
      'Régions de tri d’acheminement (centroïdes des RTA) : manquante — les codes postaux ne peuvent pas être recherchés, et les lignes téléversées qui n’ont qu’un code postal ne peuvent pas être placées.',
    );
    // The country outlines come from the npm package instead, and say so.
    expect(layers.some((l) => l.startsWith('Contours des pays (du paquet world-atlas) : chargée'))).toBe(
      true,
    );
    // Only the page's words: no layer left under the server's English name.
    expect(layers.join('\n')).not.toMatch(/^(lakes|provinces|gazetteer|FSA centroids|city labels)/m);
    // Nor does the page credit a source it could not load.
    const sources = await page.locator('h2 + ul').first().locator('li').allTextContents();
    expect(sources.find((s) => s.startsWith('Statistique Canada — limites'))).toMatch(/non chargée/);
    await page.screenshot({ path: join(ARTIFACTS, 'about-degraded-fr.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the finder says it cannot look up a postal code, rather than "try a postal code"', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const errors = watchConsole(page);
    await page.goto(`${server.url}/?lang=fr`);
    await page.getByRole('searchbox', { name: 'Où êtes-vous?' }).fill('K1A 0B1');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Ce site ne peut pas chercher les codes postaux pour l’instant : ses données de codes postaux ne sont pas chargées.' +
        'Utilisez plutôt votre position.',
    );
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
