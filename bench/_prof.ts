import Papa from 'papaparse';
import { seededCsv } from '/work/main/bench/seeded-points.ts';
import { decodeBytes } from '/work/main/server/core/csv/decode-bytes.ts';
import { readTable } from '/work/main/server/core/csv/read-table.ts';
import { preview, publishPreview } from '/work/main/server/services/ingest.ts';
import { testContext } from '/work/main/tests/helpers/context.ts';

const csv = seededCsv(100_000);
const bytes = new TextEncoder().encode(csv);
console.log('MB', (bytes.length / 1e6).toFixed(1));
let t = performance.now();
Papa.parse(new TextDecoder().decode(bytes));
const parse = performance.now() - t;
console.log('papaparse', parse.toFixed(0));
t = performance.now();
const d = decodeBytes(bytes);
console.log('decode', (performance.now() - t).toFixed(0));
t = performance.now();
readTable(d.text);
console.log('readTable', (performance.now() - t).toFixed(0));

import { rmSync } from 'node:fs';

rmSync('/tmp/prof-dd', { recursive: true, force: true });
const ctx = await testContext({ dataDir: '/tmp/prof-dd' });
t = performance.now();
const p = await preview(ctx, { jurisdiction: 'fed-esdc', bytes, fileName: 'x' });
console.log('preview', (performance.now() - t).toFixed(0), p.summary);
t = performance.now();
await publishPreview(ctx, p, 'b');
console.log('publish', (performance.now() - t).toFixed(0));
t = performance.now();
const pts = await ctx.store.publishedPoints();
console.log('publishedPoints', (performance.now() - t).toFixed(0), pts.length);
const p2 = await preview(ctx, { jurisdiction: 'fed-cra', bytes, fileName: 'x' });
t = performance.now();
await ctx.store.publish({
  jurisdiction: 'fed-cra',
  points: p2.points,
  baseVersion: null,
  publishedBy: 'b',
  fileName: 'x',
  fileHash: 'x',
  summary: {},
});
console.log('store.publish only', (performance.now() - t).toFixed(0));
