/**
 * One ingest measurement in its own process, so its peak RSS is its own: argv = <pglite|postgres> <rows> [databaseUrl].
 * Prints one JSON line: { parse: ms[], ours: ms[], valid, bytes, peakRss, baseRss }.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { preview, publishPreview } from '../../server/services/ingest.ts';
import { benchContext } from '../lib/context.ts';
import { seededCsv } from '../lib/seeded-points.ts';

const [store = 'pglite', rowsArg = '1000', databaseUrl] = process.argv.slice(2);
const n = Number(rowsArg);
const dir = mkdtempSync(join(tmpdir(), 'pcsm-bench-'));
const ctx = await benchContext(store === 'postgres' ? { databaseUrl } : { dataDir: dir });
const bytes = new TextEncoder().encode(seededCsv(n));
(globalThis as { gc?: () => void }).gc?.();
const baseRss = process.memoryUsage().rss;
let peak = baseRss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 10);
const parse: number[] = [];
const ours: number[] = [];
let valid = 0;
for (let r = 0; r < (n >= 100_000 ? 3 : 4); r++) {
  let t = performance.now();
  Papa.parse(new TextDecoder().decode(bytes));
  parse.push(performance.now() - t);
  sample();
  t = performance.now();
  // Every run refreshes the same jurisdiction: the first publishes, the next ones diff against it.
  const p = await preview(ctx, { jurisdiction: 'fed-esdc', bytes, fileName: 'bench.csv' });
  sample();
  await publishPreview(ctx, p, 'bench');
  ours.push(performance.now() - t);
  sample();
  valid = p.summary.valid;
}
clearInterval(sampler);
await ctx.store.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ parse, ours, valid, bytes: bytes.length, peakRss: peak, baseRss }));
