import { ACCESSIBILITY, type CsvColumn, LANGUAGES, PROVINCES, SITE_TYPES, STATUSES } from '../codes.ts';
import type { TableRow } from '../csv/read-table.ts';
import { insideCanadaBox } from '../geo/distance.ts';
import type { ProvinceLocator } from '../geo/province-locator.ts';
import { parseHours } from '../hours.ts';
import type { Jurisdiction, RowIssue, ServicePoint } from '../schemas.ts';
import { closest, foldText, splitList } from '../text.ts';
import {
  type Checked,
  checkDate,
  checkEmail,
  checkNumber,
  checkPhone,
  checkPostalCode,
  checkUrl,
} from './field-formats.ts';

export interface ValidationContext {
  jurisdiction: Jurisdiction;
  serviceCodes: readonly string[];
  /** FSA centroid lookup (`K1A` → position), for rows that only have a postal code. */
  fsaCentroid: (fsa: string) => { lat: number; lon: number } | undefined;
  /** Province boundaries, when the reference data has them; without them only the Canada box is checked. */
  provinces?: ProvinceLocator;
  /** Decimal commas are accepted in coordinates when the file's delimiter is not a comma. */
  decimalComma: boolean;
  sample: boolean;
}

export interface ValidationResult {
  points: ServicePoint[];
  issues: RowIssue[];
  /** Rows (by spreadsheet number) left out because of at least one error. */
  rejectedRows: number[];
}

/** Longest cell accepted: generous for addresses and hours, small enough that a runaway cell is caught. */
export const MAX_CELL = 2000;

/** Distance from a province outline within which a point still counts as inside it (boundaries are simplified). */
export const PROVINCE_TOLERANCE_M = 10_000;

const PROVINCE_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries({
    nl: ['newfoundland and labrador', 'terre neuve et labrador', 'nf', 'nfld'],
    pe: ['prince edward island', 'ile du prince edouard', 'pei', 'ipe'],
    ns: ['nova scotia', 'nouvelle ecosse', 'ne'],
    nb: ['new brunswick', 'nouveau brunswick'],
    qc: ['quebec', 'pq', 'que'],
    on: ['ontario', 'ont'],
    mb: ['manitoba', 'man'],
    sk: ['saskatchewan', 'sask'],
    ab: ['alberta', 'alta'],
    bc: ['british columbia', 'colombie britannique', 'cb'],
    yt: ['yukon', 'yk'],
    nt: ['northwest territories', 'territoires du nord ouest', 'nwt', 'tno'],
    nu: ['nunavut', 'nvt'],
  }).flatMap(([code, names]) => [[code, code], ...names.map((n) => [n, code])]),
);

const LANGUAGE_WORDS: Record<string, string> = {
  english: 'en',
  anglais: 'en',
  french: 'fr',
  francais: 'fr',
  inuktitut: 'iu',
  cree: 'cr',
  cri: 'cr',
  ojibwe: 'oj',
};

/** Validates table rows into service points. Rows with an error are left out; warnings keep the row. */
export function validateRows(rows: TableRow[], ctx: ValidationContext): ValidationResult {
  const points: ServicePoint[] = [];
  const issues: RowIssue[] = [];
  const rejectedRows: number[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const rowIssues: RowIssue[] = [];
    const point = validateRow(r, ctx, rowIssues);
    const firstRow = seen.get(r.cells.id);
    if (r.cells.id && firstRow !== undefined) {
      rowIssues.push(
        err(
          r.row,
          'id',
          'duplicate_id',
          `id "${r.cells.id}" already appears on row ${firstRow}. Each site needs its own id: change one of them or remove the duplicate row.`,
        ),
      );
    } else if (r.cells.id) seen.set(r.cells.id, r.row);
    issues.push(...rowIssues);
    if (point && !rowIssues.some((i) => i.severity === 'error')) points.push(point);
    else rejectedRows.push(r.row);
  }
  return { points, issues, rejectedRows };
}

function err(row: number, column: string, code: RowIssue['code'], message: string): RowIssue {
  return { row, column, code, message, severity: 'error' };
}

function quote(cell: string): string {
  return `"${cell.length > 60 ? `${cell.slice(0, 57)}…` : cell}"`;
}

/**
 * The checks of one row. A class rather than closures: one allocation per row, and methods that tooling does
 * not re-wrap on every call (this runs 100k times for a large file).
 */
class RowCheck {
  constructor(
    readonly r: TableRow,
    readonly out: RowIssue[],
  ) {}

  bad(column: CsvColumn, code: RowIssue['code'], message: string) {
    this.out.push(err(this.r.row, column, code, `Row ${this.r.row}, column ${column}: ${message}`));
  }

  format<T>(column: CsvColumn, check: (cell: string) => Checked<T>): T | undefined {
    const cell = this.r.cells[column];
    if (cell === '') return undefined;
    const res = check(cell);
    if (res.ok) return res.value;
    this.bad(
      column,
      'invalid_format',
      `expected ${res.expected}, got ${quote(cell)}${res.hint ? ` — ${res.hint}` : ''}.`,
    );
    return undefined;
  }

  code<T extends string>(column: CsvColumn, value: string, valid: readonly T[]): T | undefined {
    const lower = value.trim().toLowerCase();
    const v = lower.replace(/[\s-]+/g, '_');
    const hit = valid.find((x) => x === lower || x === v);
    if (hit) return hit;
    const suggestion = closest(value, valid);
    this.bad(
      column,
      'unknown_code',
      `${quote(value)} is not a known code. Expected one of ${valid.join(', ')}${suggestion ? ` — did you mean "${suggestion}"?` : '.'}`,
    );
    return undefined;
  }

  list<T extends string>(column: CsvColumn, valid: readonly T[], words: Record<string, string> = {}): T[] {
    const found: T[] = [];
    for (const v of splitList(this.r.cells[column])) {
      const direct = valid.find((x) => x === v.toLowerCase());
      const hit = direct ?? this.code(column, words[foldText(v)] ?? v, valid);
      if (hit) found.push(hit);
    }
    return found;
  }
}

function validateRow(r: TableRow, ctx: ValidationContext, out: RowIssue[]): ServicePoint | undefined {
  const c = r.cells;
  const k = new RowCheck(r, out);
  for (const column of Object.keys(c) as CsvColumn[]) {
    if (c[column].length > MAX_CELL) {
      k.bad(
        column,
        'invalid_format',
        `expected at most ${MAX_CELL} characters, got ${c[column].length}. Shorten the cell.`,
      );
    }
  }
  if (c.id === '')
    k.bad(
      'id',
      'required',
      'every row needs an id, your own stable identifier for the site (for example "ott-001"). Add one.',
    );
  if (c.name_en === '' && c.name_fr === '')
    k.bad(
      'name_en',
      'required',
      'a site needs a name in English (name_en) or French (name_fr). Add at least one.',
    );
  const siteType = c.site_type === '' ? 'centre' : k.code('site_type', c.site_type, SITE_TYPES);
  const status = c.status === '' ? 'open' : k.code('status', c.status, STATUSES);
  let province = '';
  if (c.province !== '') {
    const p = PROVINCE_NAMES[c.province.toLowerCase()] ?? PROVINCE_NAMES[foldText(c.province)];
    if (p) province = p;
    else
      k.bad(
        'province',
        'unknown_code',
        `expected a two-letter province or territory code (${PROVINCES.join(', ').toUpperCase()}), got ${quote(c.province)}.`,
      );
  }
  const postal = k.format('postal_code', checkPostalCode);
  const services = k.list('services', ctx.serviceCodes);
  const languages = k.list('languages', LANGUAGES, LANGUAGE_WORDS);
  const accessibility = k.list('accessibility', ACCESSIBILITY);
  if (c.hours !== '') {
    const h = parseHours(c.hours);
    if (!h.ok)
      k.bad(
        'hours',
        'invalid_hours',
        `expected opening hours in OpenStreetMap syntax such as "Mo-Fr 08:30-16:30; PH off", got ${quote(c.hours)} (${h.message.slice(0, 160)}).`,
      );
  }
  const phone = k.format('phone', checkPhone);
  const tollFree = k.format('toll_free', checkPhone);
  const email = k.format('email', checkEmail);
  const urls = {
    website: k.format('website', checkUrl),
    online_url: k.format('online_url', checkUrl),
    booking_url: k.format('booking_url', checkUrl),
    photo_url: k.format('photo_url', checkUrl),
  };
  const lastVerified = k.format('last_verified', checkDate);
  const position = locate(c.lat, c.lon, postal, province, r.row, ctx, out);

  if (!position || !siteType || !status) return undefined;
  const j = ctx.jurisdiction;
  return {
    id: `${j.id}:${c.id}`,
    source_id: c.id,
    jurisdiction: j.id,
    level: j.level,
    name_en: c.name_en || c.name_fr,
    name_fr: c.name_fr || c.name_en,
    site_type: siteType,
    status,
    address: c.address,
    city: c.city,
    province: (province || j.province || '').toUpperCase(),
    postal_code: postal ?? '',
    lat: position.lat,
    lon: position.lon,
    approximate: position.approximate,
    services,
    languages,
    accessibility,
    hours: c.hours,
    phone: phone ?? '',
    toll_free: tollFree ?? '',
    email: email ?? '',
    website: urls.website ?? '',
    online_url: urls.online_url ?? '',
    booking_url: urls.booking_url ?? '',
    photo_url: urls.photo_url ?? '',
    last_verified: lastVerified ?? '',
    sample: ctx.sample,
    modified_at: '',
  };
}

/** Coordinates from lat/lon, or from the FSA centroid of the postal code (flagged approximate). */
function locate(
  latCell: string,
  lonCell: string,
  postal: string | undefined,
  province: string,
  row: number,
  ctx: ValidationContext,
  out: RowIssue[],
): { lat: number; lon: number; approximate: boolean } | undefined {
  const bad = (column: string, code: RowIssue['code'], message: string) => {
    out.push(err(row, column, code, `Row ${row}, column ${column}: ${message}`));
    return undefined;
  };
  if (latCell === '' && lonCell === '') {
    const fsa = postal?.slice(0, 3);
    const centroid = fsa ? ctx.fsaCentroid(fsa) : undefined;
    if (!centroid) {
      return bad(
        'lat',
        'required',
        postal
          ? `no coordinates, and the postal code's area (${fsa}) is not in the reference FSA list. Add lat and lon.`
          : 'a site needs coordinates (lat and lon) or a postal code. Add either.',
      );
    }
    out.push({
      row,
      column: 'lat',
      code: 'approximate_location',
      message: `Row ${row}: no coordinates, so the site is placed at the centre of postal area ${fsa} and marked approximate. Add lat and lon for an exact position.`,
      severity: 'warning',
    });
    return { ...centroid, approximate: true };
  }
  if (latCell === '') return bad('lat', 'required', 'lon is given but lat is empty. Add the latitude.');
  if (lonCell === '') return bad('lon', 'required', 'lat is given but lon is empty. Add the longitude.');
  const lat = checkNumber(latCell, ctx.decimalComma);
  const lon = checkNumber(lonCell, ctx.decimalComma);
  if (!lat.ok) return bad('lat', 'invalid_format', `expected ${lat.expected}, got ${quote(latCell)}.`);
  if (!lon.ok) return bad('lon', 'invalid_format', `expected ${lon.expected}, got ${quote(lonCell)}.`);
  if (!insideCanadaBox(lon.value, lat.value)) {
    if (insideCanadaBox(lat.value, lon.value)) {
      return bad(
        'lat',
        'swapped_coordinates',
        `expected a latitude between 41.6 and 83.2 (Canada), got ${latCell} — latitude and longitude look swapped. Exchange the lat and lon cells.`,
      );
    }
    if (insideCanadaBox(-lon.value, lat.value)) {
      return bad(
        'lon',
        'out_of_canada',
        `expected a longitude between -141 and -52.5 (Canada, west of Greenwich, so negative), got ${lonCell} — the minus sign looks missing.`,
      );
    }
    return bad(
      'lat',
      'out_of_canada',
      `the point (${latCell}, ${lonCell}) is outside Canada: expected a latitude between 41.6 and 83.2 and a longitude between -141 and -52.5. Check the coordinates.`,
    );
  }
  const j = ctx.jurisdiction;
  const expected = j.level === 'federal' ? province : (j.province ?? '');
  if (
    expected &&
    ctx.provinces?.has(expected) &&
    !ctx.provinces.near(expected, lon.value, lat.value, PROVINCE_TOLERANCE_M)
  ) {
    const actual = ctx.provinces.provinceAt(lon.value, lat.value);
    return bad(
      'lat',
      'outside_province',
      `the point (${latCell}, ${lonCell}) is ${actual ? `in ${actual.toUpperCase()}` : 'outside any province'}, but the site belongs to ${expected.toUpperCase()}. Check the coordinates (or the province column).`,
    );
  }
  return { lat: lat.value, lon: lon.value, approximate: false };
}
