import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { preview, publishPreview } from '../../server/services/ingest.ts';
import type { StoreOptions } from '../../server/store/open-store.ts';
import { benchContext } from '../lib/context.ts';
import { type Figure, stats } from '../lib/measure.ts';
import { seededCsv } from '../lib/seeded-points.ts';

const JURISDICTIONS = ['fed-esdc', 'fed-cra', 'fed-ircc', 'fed-vac'];

/**
 * validate + diff + publish of an n-row canonical CSV, against papaparse parsing the same bytes. Each run
 * publishes into a jurisdiction that has nothing yet, so every run does the same work. Peak RSS is sampled.
 */
export async function ingestFigures(sizes: number[], store: 'pglite' | 'postgres', databaseUrl?: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'pcsm-bench-'));
    const options: StoreOptions = store === 'postgres' ? { databaseUrl } : { dataDir: dir };
    const ctx = await benchContext(options);
    const bytes = new TextEncoder().encode(seededCsv(n));
    const parse: number[] = [];
    const ours: number[] = [];
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    let valid = 0;
    const runs = n >= 100_000 ? 3 : 4;
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      Papa.parse(new TextDecoder().decode(bytes));
      parse.push(performance.now() - t);
      t = performance.now();
      const p = await preview(ctx, { jurisdiction: JURISDICTIONS[r] ?? 'fed-esdc', bytes, fileName: 'bench.csv' });
      await publishPreview(ctx, p, 'bench');
      ours.push(performance.now() - t);
      valid = p.summary.valid;
    }
    clearInterval(sampler);
    await ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
    const ratio = stats(ours).median / stats(parse).median;
    const limit = store === 'postgres' ? 4 : 8;
    figures.push({
      name: `ingest (validate+diff+publish) ${store === 'postgres' ? 'PostgreSQL' : 'PGlite'}`,
      size: n,
      value: stats(ours),
      unit: 'ms',
      baseline: { name: 'papaparse parse', value: stats(parse) },
      ratio,
      ratioLabel: '× parse',
      target: `≤ ${limit}× parse${n >= 100_000 ? ', peak RSS < 600 MB' : ''}`,
      met: n >= 100_000 ? ratio <= limit && peak < 600 * 1024 * 1024 : ratio <= limit,
      note: `${valid.toLocaleString('en')} valid rows of ${n.toLocaleString('en')}; ${(bytes.length / 1e6).toFixed(1)} MB; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
    });
  }
  return figures;
}
