/**
 * The ingest measurements in a process of their own, so its peak RSS is the ingest's own:
 *   argv = <pglite|postgres> <filesDir> <dataDir|databaseUrl> <runs>, on filesDir/round-<k>.csv (k = 0…runs)
 * Each ingest is paired with papaparse parsing the same file just before (the median of three processes of its
 * own, parse-child.ts).
 * Prints one JSON line: { first, refresh, valid, bytes, peakFirst, peakRefresh, baseRss, diff }.
 */
import '../../server/v8-tuning.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type IngestSummary, preview, publishPreview } from '../../server/services/ingest.ts';
import { benchContext } from '../lib/context.ts';

const [mode = 'pglite', dirArg = '', where = '', runsArg = '3'] = process.argv.slice(2);
const runs = Number(runsArg);
const ctx = await benchContext(mode === 'postgres' ? { databaseUrl: where } : { dataDir: where });
// The file of a refresh round, each ~5 % different from the one before (seeded-points.ts), written by the parent
// so that generating them weighs on its memory, not on this process's. Read when needed, one at a time.
const path = (round: number) => join(dirArg, `round-${round}.csv`);
const file = (round: number) => new Uint8Array(readFileSync(path(round)));
const round0 = file(0);
const PARSE_CHILD = join(import.meta.dirname, 'parse-child.ts');
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseRss = process.memoryUsage().rss;
let peak = baseRss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage.rss());
};
const sampler = setInterval(sample, 5);

/** Milliseconds papaparse takes to parse the file of `round`, measured in a process of its own, now. */
function parseOnce(round: number): number {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', PARSE_CHILD, path(round)], {
    encoding: 'utf8',
  });
  return (JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number }).ms;
}

/**
 * The parse baseline of one ingest: the median of three parse processes. One parse swung 260-470 ms on a quiet
 * two-vCPU machine here (and 300-730 within one benchmark run), more than the ingest it is compared with, so a
 * single one made the ratio a draw; the median of three is a typical parse, neither the luckiest nor the unluckiest.
 */
function parseTime(round: number): number {
  const times = [parseOnce(round), parseOnce(round), parseOnce(round)].sort((a, b) => a - b);
  return times[1] as number;
}

/**
 * On PostgreSQL, waits until the server is idle before a measurement: a checkpoint, then no autovacuum worker
 * (the untimed move of the 91k rows before a first publish wakes one, which would otherwise share the machine's
 * two vCPUs with whichever of the parse or the ingest came next). Up to 20 s; the embedded database has no
 * background work.
 */
async function settle(): Promise<void> {
  if (mode !== 'postgres') return;
  const client = new pg.Client({ connectionString: where });
  await client.connect();
  try {
    await client.query('checkpoint');
    for (let i = 0; i < 40; i++) {
      const busy = await client.query(
        "select 1 from pg_stat_activity where backend_type = 'autovacuum worker' limit 1",
      );
      if (busy.rowCount === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await client.end();
  }
}

/**
 * One ingest of `round`'s file into `jurisdiction`, timed against papaparse parsing the same file just before (so
 * a slow moment of the machine weighs on both). The heap is collected first: a server meets an upload with a heap
 * its idle time has collected (V8's memory reducer), not straight after another 100k-row upload.
 */
async function measure(jurisdiction: string, round: number, bytes = file(round)) {
  await settle();
  const parse = parseTime(round);
  await settle();
  gc?.();
  sample();
  const t = performance.now();
  const p = await preview(ctx, { jurisdiction, bytes, fileName: 'bench.csv' });
  sample();
  await publishPreview(ctx, p, 'bench');
  const ours = performance.now() - t;
  sample();
  return { parse, ours, summary: p.summary };
}

const J = 'fed-esdc';

/** Publishes an empty set (untimed), so the next publish finds nothing to keep: every row is new. */
async function empty() {
  const v = await ctx.store.publish({
    jurisdiction: J,
    points: [],
    baseVersion: await ctx.store.publishedVersion(J),
    publishedBy: 'bench',
    fileName: 'empty.csv',
    fileHash: '',
    summary: {},
  });
  ctx.index.replace(J, { version: v.version, publishedAt: v.published_at, points: [], validated: true });
}

// First publishes: every row is new.
const first: { parse: number; ours: number }[] = [];
let valid = 0;
for (let r = 0; r < runs; r++) {
  if (r > 0) await empty();
  const m = await measure(J, 0, round0);
  first.push(m);
  valid = m.summary.valid;
}
const peakFirst = peak;
// From here the peak is the refreshes' own (with whatever RSS the first publishes left behind).
gc?.();
peak = process.memoryUsage.rss();
// Refreshes: the next round's file against the version the previous round published.
const refresh: { parse: number; ours: number }[] = [];
let diff: IngestSummary | undefined;
for (let r = 1; r <= runs; r++) {
  const m = await measure(J, r);
  refresh.push(m);
  diff = m.summary;
}
clearInterval(sampler);
await ctx.store.close();
console.log(
  JSON.stringify({
    first,
    refresh,
    valid,
    bytes: round0.length,
    peakFirst,
    peakRefresh: peak,
    baseRss,
    diff,
  }),
);
