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

/** The few properties a map draws and labels: used by `/points?view=map` to keep 100k points light. */
export function toMapFeature(p: ServicePoint) {
  return {
    type: 'Feature' as const,
    id: p.id,
    geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] as [number, number] },
    properties: {
      id: p.id,
      jurisdiction: p.jurisdiction,
      level: p.level,
      status: p.status,
      site_type: p.site_type,
      name_en: p.name_en,
      name_fr: p.name_fr,
      sample: p.sample,
    },
  };
}
