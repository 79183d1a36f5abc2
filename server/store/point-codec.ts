import { samePoint } from '../core/diff.ts';
import type { ServicePoint } from '../core/schemas.ts';

/**
 * How a point is stored: the columns (jurisdiction, source_id, lat, lon) plus `data`, the other fields as one
 * compact JSON array in the order of `FIELDS`, with `0` standing for a field at its default and the trailing
 * defaults left out. No field names and no defaults: a third fewer bytes than keyed JSON, which is what a bulk
 * load of 100k rows pays for. New fields are appended to `FIELDS`, never inserted, so older rows still decode.
 */
const FIELDS = [
  'level',
  'name_en',
  'name_fr',
  'site_type',
  'status',
  'address',
  'city',
  'province',
  'postal_code',
  'approximate',
  'services',
  'languages',
  'accessibility',
  'hours',
  'phone',
  'toll_free',
  'email',
  'website',
  'online_url',
  'booking_url',
  'photo_url',
  'last_verified',
  'sample',
  'modified_at',
] as const satisfies readonly (keyof ServicePoint)[];

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

/**
 * The `data` column of a point (see the module comment): the positional array, spelled out field by field in
 * `FIELDS` order (a unit test holds it to that), through one native `JSON.stringify`. Spelled out rather than a
 * generic walk over `FIELDS`: a lookup by a variable field name is megamorphic. A bulk load encodes 100k points:
 * 91k took ~160 ms written piece by piece in JavaScript (a regular-expression test and a template per field),
 * ~100 ms this way (measured, same points).
 */
export function encodePoint(p: ServicePoint): string {
  const out: unknown[] = [
    p.level,
    p.name_en || 0,
    p.name_fr || 0,
    p.site_type === DEFAULTS.site_type ? 0 : p.site_type,
    p.status === DEFAULTS.status ? 0 : p.status,
    p.address || 0,
    p.city || 0,
    p.province || 0,
    p.postal_code || 0,
    p.approximate ? 1 : 0,
    p.services.length === 0 ? 0 : p.services,
    p.languages.length === 0 ? 0 : p.languages,
    p.accessibility.length === 0 ? 0 : p.accessibility,
    p.hours || 0,
    p.phone || 0,
    p.toll_free || 0,
    p.email || 0,
    p.website || 0,
    p.online_url || 0,
    p.booking_url || 0,
    p.photo_url || 0,
    p.last_verified || 0,
    p.sample ? 1 : 0,
    p.modified_at || 0,
  ];
  let last = out.length;
  while (last > 1 && out[last - 1] === 0) last--;
  out.length = last;
  return JSON.stringify(out);
}

export interface PointRow {
  jurisdiction: string;
  source_id: string;
  lat: number;
  lon: number;
  /** `encodePoint` text; rows written before migration 005 hold keyed JSON of the non-default fields. */
  data: string;
}

/** Rebuilds the full point, fields in schema order. */
export function decodePoint(r: PointRow): ServicePoint {
  const d = JSON.parse(r.data) as unknown[] | Record<string, unknown>;
  const p = {
    id: `${r.jurisdiction}:${r.source_id}`,
    source_id: r.source_id,
    jurisdiction: r.jurisdiction,
    level: undefined as unknown,
    ...DEFAULTS,
    lat: r.lat,
    lon: r.lon,
  } as Record<string, unknown>;
  if (Array.isArray(d)) {
    for (let i = 0; i < d.length; i++) {
      const v = d[i];
      if (v === 0 || v === undefined) continue;
      const f = FIELDS[i];
      if (f) p[f] = v === 1 ? true : v;
    }
  } else {
    for (const k of ['level', ...Object.keys(DEFAULTS)]) if (k in d) p[k] = d[k];
  }
  return p as unknown as ServicePoint;
}

/**
 * True when storing `b` would write exactly the row `a` is stored as: every stored field equal (`samePoint` and
 * the same time). A unit test changes each of `FIELDS` in turn to keep them in step.
 */
export function sameStored(a: ServicePoint, b: ServicePoint): boolean {
  return a.modified_at === b.modified_at && samePoint(a, b);
}

export { FIELDS as STORED_FIELDS };
