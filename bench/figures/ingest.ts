import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { type Figure, stats } from '../lib/measure.ts';

/**
 * validate + diff + publish of an n-row canonical CSV, against papaparse parsing the same bytes in the same
 * process (ingest-child.ts, one process per size so peak RSS is the ingest's own).
 */
export function ingestFigures(sizes: number[], store: 'pglite' | 'postgres', databaseUrl?: string): Figure[] {
  return sizes.map((n) => {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'bench', 'figures', 'ingest-child.ts'),
        store,
        String(n),
        databaseUrl ?? '',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      parse: number[];
      ours: number[];
      valid: number;
      bytes: number;
      peakRss: number;
      baseRss: number;
    };
    const ratio = stats(r.ours).median / stats(r.parse).median;
    const limit = store === 'postgres' ? 4 : 8;
    const peakMb = r.peakRss / 1024 / 1024;
    return {
      name: `ingest (validate+diff+publish) ${store === 'postgres' ? 'PostgreSQL' : 'PGlite'}`,
      size: n,
      value: stats(r.ours),
      unit: 'ms',
      baseline: { name: 'papaparse parse', value: stats(r.parse) },
      ratio,
      ratioLabel: '× parse',
      target: n >= 100_000 ? `≤ ${limit}× parse, peak RSS < 600 MB` : `(target applies at 100k)`,
      met: n >= 100_000 ? ratio <= limit && peakMb < 600 : null,
      note: `${r.valid.toLocaleString('en')} valid rows of ${n.toLocaleString('en')}; ${(r.bytes / 1e6).toFixed(1)} MB; peak RSS ${peakMb.toFixed(0)} MB, of which ${((r.peakRss - r.baseRss) / 1024 / 1024).toFixed(0)} MB above the process before the ingest (store open, reference data loaded); runs 2+ refresh the same jurisdiction (diff against run 1)`,
    };
  });
}
