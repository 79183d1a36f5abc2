/** Point-in-polygon for GeoJSON Polygon / MultiPolygon coordinates (`[lon, lat]`, rings with holes). */

type Ring = number[][];
export type PolygonCoords = Ring[];
export type MultiPolygonCoords = Ring[][];

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]?.[0] ?? 0;
    const yi = ring[i]?.[1] ?? 0;
    const xj = ring[j]?.[0] ?? 0;
    const yj = ring[j]?.[1] ?? 0;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inPolygon(lon: number, lat: number, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !inRing(lon, lat, outer)) return false;
  return !holes.some((h) => inRing(lon, lat, h));
}

export function inMultiPolygon(lon: number, lat: number, multi: MultiPolygonCoords): boolean {
  return multi.some((p) => inPolygon(lon, lat, p));
}

/** Bounding box of a MultiPolygon, `[minLon, minLat, maxLon, maxLat]`. */
export function multiPolygonBBox(multi: MultiPolygonCoords): [number, number, number, number] {
  let minLon = 180;
  let minLat = 90;
  let maxLon = -180;
  let maxLat = -90;
  for (const polygon of multi)
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return [minLon, minLat, maxLon, maxLat];
}

/**
 * Point-in-MultiPolygon in O(edges in one latitude band) instead of O(all edges): the edges of every ring are
 * bucketed by the latitude bands they span, and a ray cast east only meets the edges of the point's band.
 * Even-odd counting over all rings handles holes and multiple parts alike (parts do not overlap).
 */
export class BandedPolygon {
  private readonly bands: Float64Array[];
  private readonly minLat: number;
  private readonly bandHeight: number;
  private readonly bandCount: number;

  constructor(multi: MultiPolygonCoords, bandCount = 512) {
    const [, minLat, , maxLat] = multiPolygonBBox(multi);
    this.bandCount = bandCount;
    this.minLat = minLat;
    this.bandHeight = Math.max((maxLat - minLat) / bandCount, 1e-9);
    const buckets: number[][] = Array.from({ length: bandCount }, () => []);
    for (const polygon of multi)
      for (const ring of polygon)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [x1 = 0, y1 = 0] = ring[j] ?? [];
          const [x2 = 0, y2 = 0] = ring[i] ?? [];
          const from = this.band(Math.min(y1, y2));
          const to = this.band(Math.max(y1, y2));
          for (let b = from; b <= to; b++) buckets[b]?.push(x1, y1, x2, y2);
        }
    this.bands = buckets.map((b) => Float64Array.from(b));
  }

  private band(lat: number): number {
    return Math.min(this.bandCount - 1, Math.max(0, Math.floor((lat - this.minLat) / this.bandHeight)));
  }

  contains(lon: number, lat: number): boolean {
    const edges = this.bands[this.band(lat)];
    if (!edges) return false;
    let inside = false;
    for (let k = 0; k < edges.length; k += 4) {
      const x1 = edges[k] as number;
      const y1 = edges[k + 1] as number;
      const x2 = edges[k + 2] as number;
      const y2 = edges[k + 3] as number;
      if (y2 > lat !== y1 > lat && lon < ((x1 - x2) * (lat - y2)) / (y1 - y2) + x2) inside = !inside;
    }
    return inside;
  }
}
