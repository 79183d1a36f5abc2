import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../server/config.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { type Figure, stats } from '../lib/measure.ts';
import { spawnBenchServer } from '../lib/spawn-server.ts';

const kb = (bytes: number) => bytes / 1024;

/** gzip size of the JS a public page loads (app and map worker) against maplibre-gl's own bundle. */
export function bundleFigure(): Figure {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const assets = join(PROJECT_ROOT, 'dist', 'web', 'assets');
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  const js = readdirSync(assets).filter((f) => /\.m?js$/.test(f));
  // The planner chunk (and its chart library) is loaded only when /planner opens: the public pages never fetch it.
  const lazy = js.filter((f) => f.startsWith('planner-page'));
  const ours = js.filter((f) => !lazy.includes(f)).reduce((sum, f) => sum + gz(f), 0);
  const lazyBytes = lazy.reduce((sum, f) => sum + gz(f), 0);
  // maplibre-gl 6 ships an ES module and its worker: both are what any MapLibre app sends.
  const dist = join(PROJECT_ROOT, 'node_modules', 'maplibre-gl', 'dist');
  const maplibre = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
    0,
  );
  return {
    name: 'web: JS shipped to public pages (gzip)',
    value: stats([kb(ours)]),
    unit: 'kB',
    baseline: { name: "maplibre-gl's own bundle (gzip)", value: stats([kb(maplibre)]) },
    ratio: kb(ours - maplibre),
    ratioLabel: ' kB over',
    target: '≤ maplibre + 150 kB',
    met: ours - maplibre <= 150 * 1024,
    note: `what a public page loads (app + map worker); the planner's lazy chunk adds ${kb(lazyBytes).toFixed(0)} kB when /planner is opened`,
  };
}

/** Page load to the map's first `idle` with the points in, for n points against an empty points source. */
export async function pageLoadFigure(n: number): Promise<Figure> {
  const browser = await launchBrowser();
  const load = async (url: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t = performance.now();
    await page.goto(`${url}/map?lang=en`);
    await page.waitForFunction(
      () => {
        const m = window.__serviceMap?.map;
        return (
          !!m &&
          m.loaded() &&
          !!m.getSource('points') &&
          m.areTilesLoaded() &&
          !m.isMoving() &&
          (window as { __pointsLoaded?: boolean }).__pointsLoaded === true
        );
      },
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.__serviceMap?.map.once('idle', () => resolve());
          window.__serviceMap?.map.triggerRepaint();
        }),
    );
    const ms = performance.now() - t;
    await page.close();
    return ms;
  };
  const empty = await spawnBenchServer(0);
  const full = await spawnBenchServer(n);
  const base: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 3; i++) {
    base.push(await load(empty.url));
    ours.push(await load(full.url));
  }
  await empty.stop();
  await full.stop();
  await browser.close();
  const ratio = stats(ours).median / stats(base).median;
  return {
    name: 'web: page load to map idle, points clustered',
    size: n,
    value: stats(ours),
    unit: 'ms',
    baseline: { name: 'same page, empty points source', value: stats(base) },
    ratio,
    ratioLabel: '×',
    target: '≤ 2×',
    met: ratio <= 2,
  };
}
