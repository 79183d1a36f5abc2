import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { EARTH_RADIUS_M, haversineM } from '../geo/distance.ts';

/** Anything with WGS84 coordinates in degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

/** Metres per degree of latitude on the spherical Earth used by {@link haversineM}. */
const M_PER_DEG_LAT = (EARTH_RADIUS_M * Math.PI) / 180;

/**
 * A static kdbush index over any list of `{ lon, lat }` items, answering "within r metres" and "nearest"
 * by great-circle distance. The analyses build one per request over the points that pass their filters, so a
 * rare service never makes a nearest search walk through thousands of points that do not offer it.
 */
export class LonLatIndex<T extends LonLat> {
  private readonly tree: KDBush;

  constructor(readonly items: readonly T[]) {
    this.tree = new KDBush(Math.max(items.length, 1));
    for (const it of items) this.tree.add(it.lon, it.lat);
    if (items.length === 0) this.tree.add(0, -90); // kdbush needs one item; guarded by items.length below
    this.tree.finish();
  }

  /**
   * Indices (into `items`) of the items within `radiusM` metres of `[lon, lat]`, great-circle, edge included.
   * A bbox query on the tree first, then an exact haversine check. Items before `minIndex` are skipped (a
   * pairwise scan asks only for the pairs it has not seen).
   */
  withinM(lon: number, lat: number, radiusM: number, minIndex = 0): number[] {
    const out: number[] = [];
    for (const i of this.boxAround(lon, lat, radiusM)) {
      if (i < minIndex) continue;
      const it = this.items[i];
      if (it && haversineM(lon, lat, it.lon, it.lat) <= radiusM) out.push(i);
    }
    return out;
  }

  /**
   * Indices of the items in the lat/lon box that contains the circle of `radiusM` metres around
   * `[lon, lat]`: a superset of {@link withinM}, for callers that can skip most exact checks.
   */
  boxAround(lon: number, lat: number, radiusM: number): number[] {
    if (this.items.length === 0) return [];
    const dLat = radiusM / M_PER_DEG_LAT;
    // The box must be widest at the latitude nearest the pole; clamp so it stays finite near 90°.
    const poleward = Math.min(89.9, Math.abs(lat) + dLat);
    const dLon = Math.min(180, dLat / Math.cos((poleward * Math.PI) / 180));
    return this.tree.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
  }

  /** The nearest item to `[lon, lat]` and its great-circle distance in metres, or undefined when empty. */
  nearest(lon: number, lat: number): { index: number; distanceM: number } | undefined {
    if (this.items.length === 0) return undefined;
    const [i] = around(this.tree, lon, lat, 1);
    const it = i === undefined ? undefined : this.items[i];
    if (i === undefined || !it) return undefined;
    return { index: i, distanceM: haversineM(lon, lat, it.lon, it.lat) };
  }
}
