import { samePoint } from '../core/diff.ts';
import { perFrozenList } from '../core/list-memo.ts';
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

/** Characters JSON.stringify would escape (and surrogates, which it escapes when lone): left to it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string field as JSON, `0` at its default. Nearly every cell needs no escaping: a template is enough. */
const text = (v: string, d = '') => (v === d ? '0' : NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`);

const listJson = perFrozenList((v) => JSON.stringify(v));

const list = (v: readonly string[]) => (v.length === 0 ? '0' : listJson(v));

const flag = (v: boolean) => (v ? '1' : '0');

/**
 * The `data` column of a point (see the module comment): what `JSON.stringify` of the positional array would
 * write, field by field in `FIELDS` order (a unit test holds it to that). Spelled out rather than a generic walk
 * over `FIELDS` and one `JSON.stringify` of the array: a bulk load encodes 100k points, which took 170-270 ms that
 * way and 100-140 ms this way (a lookup by a variable field name is megamorphic).
 */
export function encodePoint(p: ServicePoint): string {
  const out = [
    JSON.stringify(p.level),
    text(p.name_en),
    text(p.name_fr),
    text(p.site_type, DEFAULTS.site_type),
    text(p.status, DEFAULTS.status),
    text(p.address),
    text(p.city),
    text(p.province),
    text(p.postal_code),
    flag(p.approximate),
    list(p.services),
    list(p.languages),
    list(p.accessibility),
    text(p.hours),
    text(p.phone),
    text(p.toll_free),
    text(p.email),
    text(p.website),
    text(p.online_url),
    text(p.booking_url),
    text(p.photo_url),
    text(p.last_verified),
    flag(p.sample),
    text(p.modified_at),
  ];
  let last = out.length;
  while (last > 1 && out[last - 1] === '0') last--;
  let json = `[${out[0]}`;
  for (let i = 1; i < last; i++) json += `,${out[i]}`;
  return `${json}]`;
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
