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

/**
 * A point's fields in schema order, spelled out: `{ ...p, ...extra }` cost ~6 µs a feature (a spread of 29
 * properties into a new object, then more), a fifth of a /nearest answer and 0.6 s of a 100k `/points` (measured).
 * The type makes it complete: a field added to the schema and missing here does not compile.
 */
function properties(p: ServicePoint): ServicePoint {
  return {
    id: p.id,
    source_id: p.source_id,
    jurisdiction: p.jurisdiction,
    level: p.level,
    name_en: p.name_en,
    name_fr: p.name_fr,
    site_type: p.site_type,
    status: p.status,
    address: p.address,
    city: p.city,
    province: p.province,
    postal_code: p.postal_code,
    lat: p.lat,
    lon: p.lon,
    approximate: p.approximate,
    services: p.services,
    languages: p.languages,
    accessibility: p.accessibility,
    hours: p.hours,
    phone: p.phone,
    toll_free: p.toll_free,
    email: p.email,
    website: p.website,
    online_url: p.online_url,
    booking_url: p.booking_url,
    photo_url: p.photo_url,
    last_verified: p.last_verified,
    sample: p.sample,
    modified_at: p.modified_at,
  };
}

/** A service point as a GeoJSON Feature (`[lon, lat]`), its properties carrying every field (plus `extra`). */
export function toFeature(p: ServicePoint, extra?: PointExtras & Record<string, unknown>): PointFeature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: extra ? Object.assign(properties(p), extra) : properties(p),
  };
}

export function toFeatureCollection(features: PointFeature[]) {
  return { type: 'FeatureCollection' as const, features };
}

/**
 * Each point's properties as JSON without the closing brace, made once per point. Published points are never
 * changed in place (a publish installs new objects), so a point's JSON stays true for as long as it is served. Weak,
 * so the points of a replaced set are not kept alive by it; and bounded, starting afresh past
 * `PROPERTIES_JSON_MAX` points (~800 bytes each), so a client walking every point does not grow it to all of them.
 */
let propertiesJson = new WeakMap<ServicePoint, string>();
let memoised = 0;
const PROPERTIES_JSON_MAX = 20_000;

function openPropertiesJson(p: ServicePoint): string {
  let json = propertiesJson.get(p);
  if (json === undefined) {
    if (memoised >= PROPERTIES_JSON_MAX) {
      propertiesJson = new WeakMap();
      memoised = 0;
    }
    json = JSON.stringify(properties(p)).slice(0, -1);
    propertiesJson.set(p, json);
    memoised++;
  }
  return json;
}

/**
 * `JSON.stringify(toFeatureCollection(items.map(({ point, extra }) => toFeature(point, extra))))`, character for
 * character (a unit test holds it to that), from each point's properties serialised once: /nearest answers the
 * same popular points again and again, and serialising five features of 33 fields cost ~30 µs of a ~160 µs answer
 * under load (measured).
 */
export function featureCollectionJson(items: readonly { point: ServicePoint; extra: PointExtras }[]): string {
  let json = '{"type":"FeatureCollection","features":[';
  for (let i = 0; i < items.length; i++) {
    const { point: p, extra } = items[i] as (typeof items)[number];
    json += `${i === 0 ? '' : ','}{"type":"Feature","id":${JSON.stringify(p.id)},"geometry":{"type":"Point","coordinates":[${JSON.stringify(p.lon)},${JSON.stringify(p.lat)}]},"properties":${openPropertiesJson(p)}`;
    for (const [key, value] of Object.entries(extra))
      if (value !== undefined) json += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
    json += '}}';
  }
  return `${json}]}`;
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
