import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import type { IngestSummary } from '../../server/services/ingest.ts';
import { type Figure, stats } from '../lib/measure.ts';
import { seededCsv } from '../lib/seeded-points.ts';
import { SERVER_ENV } from '../lib/server-env.ts';

const CHILD = join(PROJECT_ROOT, 'bench', 'figures', 'ingest-child.ts');
const node = (args: string[]) =>
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, ...SERVER_ENV },
  });

interface ChildResult {
  first: { parse: number; ours: number }[];
  refresh: { parse: number; ours: number }[];
  valid: number;
  bytes: number;
  /** Peak RSS over the first publishes, then over the refreshes (which run after them). */
  peakFirst: number;
  peakRefresh: number;
  baseRss: number;
  diff: IngestSummary;
}

/**
 * validate + diff + publish of an n-row canonical CSV, against papaparse parsing the same bytes just before in the
 * same process (ingest-child.ts, one process per size so peak RSS is the ingest's own). Two figures per store:
 * the first publish (every row new: the full bulk load) and a refresh (the next round's file, ~5 % of rows
 * changed, against the published version: what a steward's routine upload costs).
 */
export function ingestFigures(sizes: number[], store: 'pglite' | 'postgres', databaseUrl?: string): Figure[] {
  return sizes.flatMap((n) => {
    const tmp = mkdtempSync(join(tmpdir(), 'pcsm-bench-'));
    const runs = n >= 100_000 ? 3 : 4;
    try {
      const files = join(tmp, 'files');
      mkdirSync(files);
      for (let round = 0; round <= runs; round++)
        writeFileSync(join(files, `round-${round}.csv`), seededCsv(n, 1, round));
      // A new embedded database is created by a process of its own (pglite-db.ts), as the server's is.
      const dir = join(tmp, 'db');
      const out = node([store, files, store === 'pglite' ? dir : (databaseUrl ?? ''), String(runs)]);
      const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult;
      const limit = store === 'postgres' ? 4 : 8;
      const mb = (bytes: number) => bytes / 1024 / 1024;
      const label = store === 'postgres' ? 'PostgreSQL' : 'PGlite';
      const figure = (
        kind: string,
        runs: { parse: number; ours: number }[],
        peak: number,
        note: string,
      ): Figure => {
        const peakMb = mb(peak);
        const ours = stats(runs.map((x) => x.ours));
        const parse = stats(runs.map((x) => x.parse));
        // Each run against the parse just before it, so a slow moment of the machine weighs on both.
        const ratio = stats(runs.map((x) => x.ours / x.parse)).median;
        return {
          name: `ingest ${kind} ${label}`,
          size: n,
          value: ours,
          unit: 'ms',
          baseline: { name: 'papaparse parse', value: parse },
          ratio,
          ratioLabel: '× parse',
          target: n >= 100_000 ? `≤ ${limit}× parse, peak RSS < 600 MB` : '(target applies at 100k)',
          met: n >= 100_000 ? ratio <= limit && peakMb < 600 : null,
          note: `${note}; peak RSS ${peakMb.toFixed(0)} MB (the process held ${mb(r.baseRss).toFixed(0)} MB before the first ingest: store open, reference data, the first file read)`,
        };
      };
      const d = r.diff;
      return [
        figure(
          'first publish',
          r.first,
          r.peakFirst,
          `${r.valid.toLocaleString('en')} valid rows of ${n.toLocaleString('en')} (${(r.bytes / 1e6).toFixed(1)} MB), every one new`,
        ),
        figure(
          'refresh',
          r.refresh,
          r.peakRefresh,
          `last refresh: ${d.added} added, ${d.changed} changed, ${d.removed} removed, ${d.unchanged} unchanged`,
        ),
      ];
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}
