import autocannon from 'autocannon';
import { type Figure, stats } from '../lib/measure.ts';
import { seededQueries } from '../lib/points.ts';
import { spawnBenchServer } from '../lib/spawn-server.ts';

/**
 * /api/v1/nearest throughput over HTTP on 127.0.0.1 against /api/v1/health on the same server, and the server's
 * RSS with n points against an empty server. Each load run is bounded in time (and autocannon in requests).
 */
export async function httpFigures(sizes: number[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const empty = await spawnBenchServer(0);
  await empty.stop();
  for (const n of sizes) {
    const server = await spawnBenchServer(n);
    const paths = seededQueries(200, 5).map(([lon, lat]) => ({
      path: `/api/v1/nearest?lat=${lat.toFixed(4)}&lon=${lon.toFixed(4)}&limit=5`,
    }));
    const run = async (requests: { path: string }[]) => {
      const r = await autocannon({ url: server.url, connections: 8, duration: 4, amount: 200_000, requests });
      if (r.non2xx > 0 || r.errors > 0)
        throw new Error(`load run had ${r.non2xx} non-2xx and ${r.errors} errors`);
      return r.requests.average;
    };
    const health: number[] = [];
    const nearest: number[] = [];
    for (let i = 0; i < 2; i++) {
      health.push(await run([{ path: '/api/v1/health' }]));
      nearest.push(await run(paths));
    }
    await server.stop();
    const share = stats(nearest).median / stats(health).median;
    figures.push({
      name: '/api/v1/nearest over HTTP',
      size: n,
      value: stats(nearest),
      unit: 'req/s',
      baseline: { name: '/api/v1/health, same server', value: stats(health) },
      ratio: share * 100,
      ratioLabel: ' % of health',
      target: '≥ 40 % of health throughput',
      met: share >= 0.4,
    });
    const extra = (server.rss - empty.rss) / 1024 / 1024;
    figures.push({
      name: 'server RSS with points loaded',
      size: n,
      value: stats([server.rss / 1024 / 1024]),
      unit: 'MB',
      baseline: { name: 'empty server', value: stats([empty.rss / 1024 / 1024]) },
      ratio: extra,
      ratioLabel: ' MB more',
      target: '≤ +300 MB at 100k',
      met: n >= 100_000 ? extra <= 300 : null,
    });
  }
  return figures;
}

/**
 * p50 server time of the whole /nearest handler (validation, index, filters, open status, JSON) in process,
 * on n points, with a service filter; the baseline is the same query answered by a brute-force scan.
 */
export async function nearestHandlerFigure(n: number): Promise<Figure> {
  const { createApp } = await import('../../server/api/app.ts');
  const { benchContext } = await import('../lib/context.ts');
  const { seededServicePoints } = await import('../lib/points.ts');
  const { haversineM } = await import('../../server/core/geo/distance.ts');
  const ctx = await benchContext({});
  const points = seededServicePoints(n);
  ctx.index.replace('j0', { version: 1, publishedAt: new Date().toISOString(), points, validated: false });
  const app = createApp(ctx);
  const queries = seededQueries(2000, 11);
  const per: number[] = [];
  for (const [i, [lon, lat]] of queries.entries()) {
    const t = performance.now();
    const res = await app.request(
      `/api/v1/nearest?lat=${lat.toFixed(4)}&lon=${lon.toFixed(4)}&limit=5&service=${i % 2 ? 'passport' : 'sin'}`,
    );
    await res.text();
    per.push((performance.now() - t) * 1000);
  }
  const brute: number[] = [];
  for (const [lon, lat] of queries.slice(0, 50)) {
    const t = performance.now();
    points
      .filter((p) => p.services.includes('sin'))
      .map((p) => haversineM(lon, lat, p.lon, p.lat))
      .sort((a, b) => a - b)
      .slice(0, 5);
    brute.push((performance.now() - t) * 1000);
  }
  await ctx.store.close();
  const sorted = [...per].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
  const value = stats(per);
  return {
    name: '/api/v1/nearest handler, in process (p50)',
    size: n,
    value,
    unit: 'µs',
    baseline: { name: 'brute-force scan + sort, same query', value: stats(brute) },
    ratio: stats(brute).median / value.median,
    ratioLabel: '× faster',
    target: 'p50 < 1 ms at 100k',
    met: value.median < 1000,
    note: `p95 ${p95.toFixed(0)} µs over ${per.length} requests (validation, spatial index, filters, open status, JSON)`,
  };
}
