import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { ServicePoint } from '../schemas.ts';
import { type BBox, haversineM } from './distance.ts';

/**
 * An immutable spatial index over published points (kdbush + geokdbush). It is rebuilt, never mutated, so a
 * reader holding one sees a consistent set while a publish builds the next.
 */
export class PointIndex {
  private readonly tree: KDBush;
  /** Built on the first lookup by id: a publish need not wait for a map only `/points/{id}` uses. */
  private byId: Map<string, ServicePoint> | undefined;

  constructor(readonly points: readonly ServicePoint[]) {
    this.tree = new KDBush(Math.max(points.length, 1));
    for (const p of points) this.tree.add(p.lon, p.lat);
    if (points.length === 0) this.tree.add(0, -90); // kdbush needs one item; index 0 is never returned below
    this.tree.finish();
  }

  get size(): number {
    return this.points.length;
  }

  get(id: string): ServicePoint | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const p of this.points) this.byId.set(p.id, p);
    }
    return this.byId.get(id);
  }

  /** Points inside `[minLon, minLat, maxLon, maxLat]` (degrees, edges included) that pass `keep`. */
  within(bbox: BBox, keep: (p: ServicePoint) => boolean = () => true): ServicePoint[] {
    if (this.points.length === 0) return [];
    return this.tree
      .range(bbox[0], bbox[1], bbox[2], bbox[3])
      .sort((a, b) => a - b)
      .flatMap((i) => {
        const p = this.points[i];
        return p && keep(p) ? [p] : [];
      });
  }

  /**
   * Up to `limit` points nearest to `[lon, lat]` by great-circle distance that pass `keep`, closest first,
   * with their distance in metres. `maxKm` bounds the search (undefined: the whole index).
   */
  nearest(
    lon: number,
    lat: number,
    limit: number,
    keep: (p: ServicePoint) => boolean = () => true,
    maxKm?: number,
  ): { point: ServicePoint; distance_m: number }[] {
    if (this.points.length === 0) return [];
    const ids = around(this.tree, lon, lat, limit, maxKm, (i) => {
      const p = this.points[i];
      return p !== undefined && keep(p);
    });
    return ids.flatMap((i) => {
      const p = this.points[i];
      return p ? [{ point: p, distance_m: Math.round(haversineM(lon, lat, p.lon, p.lat)) }] : [];
    });
  }
}
