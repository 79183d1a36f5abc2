/** Great-circle geometry on a spherical Earth (mean radius), good to ~0.5 % which is plenty for service finding. */

export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Great-circle distance in metres between two `[lon, lat]` positions in degrees. */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Canada's bounding box in degrees, with a small margin (Middle Island, ON to Cape Columbia, NU; Yukon–Alaska to Cape Spear). */
export const CANADA_BOUNDS = { minLon: -141.1, minLat: 41.6, maxLon: -52.5, maxLat: 83.2 } as const;

export function insideCanadaBox(lon: number, lat: number): boolean {
  return (
    lon >= CANADA_BOUNDS.minLon &&
    lon <= CANADA_BOUNDS.maxLon &&
    lat >= CANADA_BOUNDS.minLat &&
    lat <= CANADA_BOUNDS.maxLat
  );
}

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function bboxContains(b: BBox, lon: number, lat: number): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}
