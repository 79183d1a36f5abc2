/**
 * npm run bench — every figure against a baseline measured in the same run, on seeded data, min/median/max.
 * Prints a table and writes bench/results/latest.json. Targets that are missed are printed as MISSED.
 * BENCH_SIZES=1000,10000 narrows the sizes; BENCH_ONLY=nearest,ingest picks figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/config.ts';
import { startPostgres } from '../tests/setup/postgres-server.ts';
import { ensureChromium, ensurePostgres } from '../tests/setup/system-deps.ts';
import { analysisFigures } from './figures/analysis.ts';
import { httpFigures, nearestHandlerFigure } from './figures/http.ts';
import { ingestFigures } from './figures/ingest.ts';
import { nearestFigures } from './figures/nearest.ts';
import { postgisNearestFigures } from './figures/postgis.ts';
import { bundleFigure, pageLoadFigure } from './figures/web.ts';
import { type Figure, printTable } from './lib/measure.ts';

process.env.TZ = 'UTC';
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const only = process.env.BENCH_ONLY?.split(',');
const want = (name: string) => !only || only.includes(name);
const largest = Math.max(...sizes);

const figures: Figure[] = [];
const section = async (name: string, run: () => Promise<Figure[]> | Figure[]) => {
  if (!want(name)) return;
  const t = performance.now();
  console.error(`[bench] ${name}…`);
  try {
    figures.push(...(await run()));
  } catch (e) {
    console.error(`[bench] ${name} failed: ${(e as Error).message}`);
    figures.push({
      name,
      value: { min: Number.NaN, median: Number.NaN, max: Number.NaN, runs: 0 },
      unit: '',
      target: 'ran',
      met: false,
      note: `failed: ${(e as Error).message}`,
    });
  }
  console.error(`[bench] ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
};

const started = performance.now();
const pgAvailable = ensurePostgres().ok;
const pgServer =
  pgAvailable && (want('ingest') || want('postgis') || want('analysis')) ? await startPostgres() : undefined;
try {
  await section('nearest', () => nearestFigures(sizes));
  await section('postgis', () => (pgServer ? postgisNearestFigures(pgServer.url, sizes) : []));
  await section('ingest', () => [
    ...ingestFigures(sizes, 'pglite'),
    ...(pgServer ? ingestFigures(sizes, 'postgres', pgServer.url) : []),
  ]);
  await section('analysis', () => analysisFigures(sizes, pgServer?.url));
  await section('http', async () => [
    await nearestHandlerFigure(largest),
    ...(await httpFigures([...new Set([Math.min(...sizes), largest])])),
  ]);
  await section('web', () => [bundleFigure()]);
  await section('pageload', async () => (ensureChromium().ok ? [await pageLoadFigure(largest)] : []));
} finally {
  pgServer?.stop();
}

printTable(figures);
const growth = figures
  .filter((f) => f.size)
  .reduce<Record<string, { size: number; median: number }[]>>((acc, f) => {
    const list = acc[f.name] ?? [];
    list.push({ size: f.size ?? 0, median: f.value.median });
    acc[f.name] = list;
    return acc;
  }, {});
console.log('\nGrowth from one size to the next (ratio of medians; 10× more points):');
for (const [name, steps] of Object.entries(growth)) {
  if (steps.length < 2) continue;
  const ratios = steps.slice(1).map((s, i) => `${(s.median / (steps[i]?.median ?? Number.NaN)).toFixed(2)}×`);
  console.log(
    `  ${name}: ${steps.map((s) => s.size.toLocaleString('en')).join(' → ')}: ${ratios.join(', ')}`,
  );
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${figures.filter((f) => f.met === false).length} target(s) missed; ran in ${seconds.toFixed(0)} s.`,
);
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(PROJECT_ROOT, 'bench', 'results', 'latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memory_gb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      seconds,
      figures,
    },
    null,
    2,
  ),
);
