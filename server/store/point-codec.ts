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
 * Writes `s` as UTF-8 at `at` when it fits; returns where it ends either way. The writers below never check
 * room byte by byte: a typed array ignores a store past its end, and they return where the text would end, so a
 * caller sees that it did not fit (the end is past the buffer's length) and writes it again into a larger one.
 */
export function writeUtf8(buf: Buffer, at: number, s: string): number {
  const n = Buffer.byteLength(s);
  if (at + n <= buf.length) buf.write(s, at);
  return at + n;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const ZERO = 0x30;

/**
 * Writes `s` as a JSON string literal, UTF-8, from `at`; returns the end. Plain text (no quote, backslash,
 * control character or surrogate: nearly every cell) is written byte by byte; from the first other character on,
 * the rest goes through `JSON.stringify`, so the escapes are exactly its own.
 */
function writeJsonString(buf: Buffer, at: number, s: string): number {
  buf[at++] = QUOTE;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && c >= 0x20 && c !== QUOTE && c !== BACKSLASH) buf[at++] = c;
    else if (c >= 0x80 && c < 0x800) {
      buf[at++] = 0xc0 | (c >> 6);
      buf[at++] = 0x80 | (c & 0x3f);
    } else if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
      buf[at++] = 0xe0 | (c >> 12);
      buf[at++] = 0x80 | ((c >> 6) & 0x3f);
      buf[at++] = 0x80 | (c & 0x3f);
    } else {
      const rest = JSON.stringify(s.slice(i)).slice(1); // the closing quote included
      return writeUtf8(buf, at, rest);
    }
  }
  buf[at++] = QUOTE;
  return at;
}

/** `,` then `0` when `s` is the field's default, else its literal (an empty string included). */
function writeCode(buf: Buffer, at: number, s: string, dflt: string): number {
  buf[at++] = COMMA;
  if (s !== dflt) return writeJsonString(buf, at, s);
  buf[at++] = ZERO;
  return at;
}

/** A text field, whose default is the empty string (an absent value counts as one). */
const writeText = (buf: Buffer, at: number, s: string | undefined) => writeCode(buf, at, s ?? '', '');

function writeList(buf: Buffer, at: number, xs: readonly string[]): number {
  buf[at++] = COMMA;
  if (xs.length === 0) {
    buf[at++] = ZERO;
    return at;
  }
  buf[at++] = 0x5b;
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) buf[at++] = COMMA;
    at = writeJsonString(buf, at, xs[i] as string);
  }
  buf[at++] = 0x5d;
  return at;
}

function writeFlag(buf: Buffer, at: number, v: boolean): number {
  buf[at++] = COMMA;
  buf[at++] = v ? 0x31 : ZERO;
  return at;
}

/**
 * The `data` column of a point (see the module comment), written as UTF-8 into `buf` from `at`; returns the end,
 * which is past `buf.length` when it did not fit (see `writeUtf8`). It is the positional array `JSON.stringify`
 * would write, field by field in `FIELDS` order (a unit test holds it to that generic form), trailing defaults
 * left out.
 * Written as bytes, not made into a string: a bulk load writes 100k of them, and a string per row (then one per
 * chunk for the driver to encode) cost 91k rows ~430 ms on a slow machine against ~300 this way (measured), most
 * of it allocation the collector then has to clear.
 */
export function writePointData(buf: Buffer, at: number, p: ServicePoint): number {
  buf[at++] = 0x5b;
  at = writeJsonString(buf, at, p.level);
  at = writeText(buf, at, p.name_en);
  at = writeText(buf, at, p.name_fr);
  at = writeCode(buf, at, p.site_type, DEFAULTS.site_type);
  at = writeCode(buf, at, p.status, DEFAULTS.status);
  at = writeText(buf, at, p.address);
  at = writeText(buf, at, p.city);
  at = writeText(buf, at, p.province);
  at = writeText(buf, at, p.postal_code);
  at = writeFlag(buf, at, p.approximate);
  at = writeList(buf, at, p.services);
  at = writeList(buf, at, p.languages);
  at = writeList(buf, at, p.accessibility);
  at = writeText(buf, at, p.hours);
  at = writeText(buf, at, p.phone);
  at = writeText(buf, at, p.toll_free);
  at = writeText(buf, at, p.email);
  at = writeText(buf, at, p.website);
  at = writeText(buf, at, p.online_url);
  at = writeText(buf, at, p.booking_url);
  at = writeText(buf, at, p.photo_url);
  at = writeText(buf, at, p.last_verified);
  at = writeFlag(buf, at, p.sample);
  at = writeText(buf, at, p.modified_at);
  // Trailing defaults: a `,0` at the end is always one (a literal ends with a quote, a list with a bracket).
  while (buf[at - 1] === ZERO && buf[at - 2] === COMMA) at -= 2;
  buf[at++] = 0x5d;
  return at;
}

let scratch = Buffer.allocUnsafe(1 << 16);

/** The `data` column of a point as a string (see `writePointData`). */
export function encodePoint(p: ServicePoint): string {
  let end = writePointData(scratch, 0, p);
  if (end > scratch.length) {
    scratch = Buffer.allocUnsafe(end);
    end = writePointData(scratch, 0, p);
  }
  return scratch.toString('utf8', 0, end);
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
