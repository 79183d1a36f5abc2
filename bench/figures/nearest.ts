import { featureCollection, nearestPoint, point } from '@turf/turf';
import { PointIndex } from '../../server/core/geo/point-index.ts';
import { type Figure, stats } from '../lib/measure.ts';
import { seededQueries, seededServicePoints } from '../lib/points.ts';

/** Per-query microseconds over a batch of queries, repeated; returns the per-run medians of per-query time. */
function perQuery(queries: [number, number][], run: (q: [number, number]) => unknown, repeats: number) {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    for (const q of queries) run(q);
    samples.push(((performance.now() - t) * 1000) / queries.length);
  }
  return stats(samples);
}

/** nearest-5 with the kdbush index vs turf nearestPoint scanning every point. */
export function nearestFigures(sizes: number[]): Figure[] {
  return sizes.map((n) => {
    const points = seededServicePoints(n);
    const index = new PointIndex(points);
    const queries = seededQueries(2000);
    const ours = perQuery(queries, ([lon, lat]) => index.nearest(lon, lat, 5), 7);
    const fc = featureCollection(points.map((p) => point([p.lon, p.lat])));
    const turfQueries = queries.slice(0, Math.max(20, Math.min(2000, Math.round(2e7 / n / 10))));
    const turf = perQuery(turfQueries, ([lon, lat]) => nearestPoint(point([lon, lat]), fc), 3);
    const ratio = turf.median / ours.median;
    const target = n >= 100_000 ? '≥ 500× faster and p50 < 50 µs' : 'faster than brute force';
    return {
      name: 'nearest-5 in-process',
      size: n,
      value: ours,
      unit: 'µs/query',
      baseline: { name: 'turf nearestPoint (brute force)', value: turf },
      ratio,
      ratioLabel: '× faster',
      target,
      met: n >= 100_000 ? ratio >= 500 && ours.median < 50 : ratio > 1,
    };
  });
}
