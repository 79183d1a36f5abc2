import type { ServicePoint } from './schemas.ts';

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: ServicePoint & PointExtras;
}

/** Fields /nearest adds to a point: distance and open status (see open-status.ts). */
export interface PointExtras {
  distance_m?: number;
  open_now?: boolean | null;
  next_change?: string | null;
  timezone?: string;
}

/** A service point as a GeoJSON Feature (`[lon, lat]`), its properties carrying every field (plus `extra`). */
export function toFeature(p: ServicePoint, extra: PointExtras & Record<string, unknown> = {}): PointFeature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { ...p, ...extra },
  };
}

export function toFeatureCollection(features: PointFeature[]) {
  return { type: 'FeatureCollection' as const, features };
}
