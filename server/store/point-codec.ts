import type { ServicePoint } from '../core/schemas.ts';

/**
 * How a point is stored: the columns (jurisdiction, source_id, lat, lon) plus a compact JSON of the fields that
 * differ from their defaults. Half the bytes of the full object, which is what a bulk load of 100k rows pays for.
 */
const DEFAULTS: Omit<ServicePoint, 'id' | 'source_id' | 'jurisdiction' | 'lat' | 'lon' | 'level'> = {
  name_en: '',
  name_fr: '',
  site_type: 'centre',
  status: 'open',
  address: '',
  city: '',
  province: '',
  postal_code: '',
  approximate: false,
  services: [],
  languages: [],
  accessibility: [],
  hours: '',
  phone: '',
  toll_free: '',
  email: '',
  website: '',
  online_url: '',
  booking_url: '',
  photo_url: '',
  last_verified: '',
  sample: false,
  modified_at: '',
};

const isDefault = (v: unknown, d: unknown) => v === d || (Array.isArray(v) && v.length === 0);

export function encodePoint(p: ServicePoint): Record<string, unknown> {
  const out: Record<string, unknown> = { level: p.level };
  for (const [k, d] of Object.entries(DEFAULTS)) {
    const v = p[k as keyof ServicePoint];
    if (!isDefault(v, d)) out[k] = v;
  }
  return out;
}

export interface PointRow {
  jurisdiction: string;
  source_id: string;
  lat: number;
  lon: number;
  data: Record<string, unknown>;
}

/** Rebuilds the full point, fields in schema order. */
export function decodePoint(r: PointRow): ServicePoint {
  const d = r.data;
  const p = {
    id: `${r.jurisdiction}:${r.source_id}`,
    source_id: r.source_id,
    jurisdiction: r.jurisdiction,
    level: d.level,
    ...DEFAULTS,
    lat: r.lat,
    lon: r.lon,
  } as Record<string, unknown>;
  for (const k of Object.keys(DEFAULTS)) if (k in d) p[k] = d[k];
  return p as unknown as ServicePoint;
}
