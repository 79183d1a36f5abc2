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

const isDefault = (v: unknown, d: unknown) => v === d || (Array.isArray(v) && v.length === 0);

/** The stored fields of a point, in `FIELDS` order. Spelled out: a lookup by a variable name is megamorphic. */
const storedValues = (p: ServicePoint): unknown[] => [
  p.level,
  p.name_en,
  p.name_fr,
  p.site_type,
  p.status,
  p.address,
  p.city,
  p.province,
  p.postal_code,
  p.approximate,
  p.services,
  p.languages,
  p.accessibility,
  p.hours,
  p.phone,
  p.toll_free,
  p.email,
  p.website,
  p.online_url,
  p.booking_url,
  p.photo_url,
  p.last_verified,
  p.sample,
  p.modified_at,
];

/** Each stored field's default, in `FIELDS` order (`level` has none: it is always written). */
const FIELD_DEFAULTS: unknown[] = FIELDS.map((f) => (f === 'level' ? undefined : DEFAULTS[f]));

/** The `data` column of a point (see the module comment). */
export function encodePoint(p: ServicePoint): string {
  const out = storedValues(p);
  let last = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (isDefault(v, FIELD_DEFAULTS[i])) out[i] = 0;
    else {
      if (typeof v === 'boolean') out[i] = 1;
      last = i + 1;
    }
  }
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
