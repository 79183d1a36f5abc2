import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes } from '../server/core/csv/decode-bytes.ts';
import { readTable } from '../server/core/csv/read-table.ts';
import { validateRows } from '../server/core/validate/validate-rows.ts';
import { diffPoints } from '../server/core/diff.ts';
import { benchContext } from './lib/context.ts';
import { seededCsv } from './lib/seeded-points.ts';
const ctx = await benchContext({ dataDir: mkdtempSync(join(tmpdir(), 'ph-')) });
const bytes = new TextEncoder().encode(seededCsv(100_000));
for (let k = 0; k < 2; k++) {
const T: Record<string, number> = {};
let t = performance.now();
const lap = (name: string) => { const now = performance.now(); T[name] = Math.round(now - t); t = now; };
const d = decodeBytes(bytes); lap('decode');
const table = readTable(d.text); lap('readTable');
const j = ctx.catalog.jurisdictionById.get('fed-esdc')!;
const v = validateRows(table.rows, { jurisdiction: j, serviceCodes: ctx.catalog.services.map((s) => s.code), fsaCentroid: (f) => ctx.reference.fsaCentroids.get(f), provinces: ctx.reference.provinceLocator, decimalComma: false, sample: false }); lap('validate');
const diff = diffPoints([], v.points); lap('diff');
await ctx.store.publish({ jurisdiction: k ? 'fed-cra' : 'fed-esdc', points: v.points, baseVersion: null, publishedBy: 'x', fileName: 'x', fileHash: 'x', summary: {} }); lap('store.publish');
ctx.index.replace('fed-esdc', 1, v.points); lap('index.replace');
console.log(T, diff.added.length);
}
