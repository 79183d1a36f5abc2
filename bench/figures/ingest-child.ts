/**
 * The ingest measurements in a process of their own, so its peak RSS is the ingest's own:
 *   argv = <pglite|postgres> <filesDir> <dataDir|databaseUrl> <runs>, on filesDir/round-<k>.csv (k = 0…runs)
 * Each ingest is paired with papaparse parsing the same file just before, in another process (parse-child.ts).
 * Prints one JSON line: { first, refresh, valid, bytes, peakFirst, peakRefresh, baseRss, diff }.
 */
import '../../server/v8-tuning.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
function parseTime(round: number): number {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', PARSE_CHILD, path(round)], {
    encoding: 'utf8',
  });
  return (JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number }).ms;
}

/**
 * One ingest of `round`'s file into `jurisdiction`, timed against papaparse parsing the same file just before (so
 * a slow moment of the machine weighs on both). The heap is collected first: a server meets an upload with a heap
 * its idle time has collected (V8's memory reducer), not straight after another 100k-row upload.
 */
async function measure(jurisdiction: string, round: number, bytes = file(round)) {
  const parse = parseTime(round);
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
