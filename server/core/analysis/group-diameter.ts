import { haversineM } from '../geo/distance.ts';
import type { LonLat } from './lonlat-index.ts';

/** Above this many sites, the diameter is taken over the convex hull instead of all pairs. */
const ALL_PAIRS_MAX = 64;

/**
 * The largest great-circle distance (metres) between two of `sites`. Small groups: all pairs. Large groups
 * (a whole downtown chained at a wide radius): only the vertices of their convex hull in a local
 * equirectangular projection, where the farthest pair always lies; at city scale the projection changes
 * distances by far less than a metre, so the answer is the same.
 */
export function groupDiameterM(sites: readonly LonLat[]): number {
  const candidates = sites.length <= ALL_PAIRS_MAX ? sites : convexHull(sites);
  let max = 0;
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    if (!a) continue;
    for (let j = i + 1; j < candidates.length; j++) {
      const b = candidates[j];
      if (b) max = Math.max(max, haversineM(a.lon, a.lat, b.lon, b.lat));
    }
  }
  return max;
}

/** Convex hull (Andrew's monotone chain) in x = lon·cos(mean lat), y = lat. */
function convexHull(sites: readonly LonLat[]): LonLat[] {
  const meanLat = sites.reduce((s, p) => s + p.lat, 0) / sites.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const pts = sites.map((p) => ({ p, x: p.lon * k, y: p.lat })).sort((a, b) => a.x - b.x || a.y - b.y);
  type P = (typeof pts)[number];
  const cross = (o: P, a: P, b: P) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: P[]) => {
    const out: P[] = [];
    for (const q of list) {
      while (out.length >= 2) {
        const a = out[out.length - 2];
        const b = out[out.length - 1];
        if (a && b && cross(a, b, q) <= 0) out.pop();
        else break;
      }
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(pts), ...half([...pts].reverse())].map((q) => q.p);
}
