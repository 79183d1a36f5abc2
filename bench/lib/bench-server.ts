/**
 * A real server for the HTTP, memory and page-load figures: the app on an in-memory store with N seeded points
 * installed in its published index. Prints `READY <rss bytes>` once listening (after a GC when exposed).
 */
import '../../server/v8-tuning.ts';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/api/app.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { benchContext } from './context.ts';
import { seededServicePoints } from './points.ts';

const n = Number(process.env.BENCH_POINTS ?? 0);
const ctx = await benchContext({});
const points = seededServicePoints(n);
const byJurisdiction = new Map<string, typeof points>();
for (const p of points)
  byJurisdiction.set(p.jurisdiction, [...(byJurisdiction.get(p.jurisdiction) ?? []), p]);
for (const [j, ps] of byJurisdiction)
  ctx.index.replace(j, { version: 1, publishedAt: new Date().toISOString(), points: ps, validated: false });
const app = createApp(ctx, { webDir: join(PROJECT_ROOT, 'dist', 'web') });
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`READY ${process.memoryUsage().rss}`);
});
