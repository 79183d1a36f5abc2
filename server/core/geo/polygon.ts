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
