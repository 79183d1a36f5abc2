import {
  ACCESSIBILITY,
  CSV_COLUMNS,
  type CsvColumn,
  LANGUAGES,
  PROVINCES,
  SITE_TYPES,
  STATUSES,
} from '../codes.ts';
import type { TableRow } from '../csv/read-table.ts';
import { samePoint } from '../diff.ts';
import type { ProvinceLocator } from '../geo/province-locator.ts';
import { parseHours } from '../hours.ts';
import type { IssueText } from '../issue-text/catalogue.ts';
import type { Jurisdiction, RowIssue, ServicePoint } from '../schemas.ts';
import { foldText } from '../text.ts';
import { type CodeOutcome, codeOutcome, listOutcome, Memo } from './cell-outcomes.ts';
import {
  type Checked,
  checkDate,
  checkEmail,
  checkPhone,
  checkPostalCode,
  checkUrl,
} from './field-formats.ts';
import { locate } from './locate.ts';
import { err, quote, rowError } from './row-issues.ts';
import { spellsPoint } from './spelled-point.ts';

export interface ValidationContext {
  jurisdiction: Jurisdiction;
  serviceCodes: readonly string[];
  /** FSA centroid lookup (`K1A` → position), for rows that only have a postal code. */
  fsaCentroid: (fsa: string) => { lat: number; lon: number; province?: string } | undefined;
  /** Province boundaries, when the reference data has them; without them only the Canada box is checked. */
  provinces?: ProvinceLocator;
  /** Decimal commas are accepted in coordinates when the file's delimiter is not a comma. */
  decimalComma: boolean;
  sample: boolean;
  /** The words of the messages, in the steward's language (`issueText`). */
  text: IssueText;
  /**
   * The jurisdiction's published points by source id, which the validator takes over and writes into: each valid
   * row is paired with its published point (`base`), whose entry then holds that row's number (a later row with the
   * id is a duplicate), and the points still in it at the end are what the file removes (`removed`). A valid row
   * identical to its published point (`samePoint`) is kept as that very object: a routine refresh, where nearly
   * every row is unchanged, then holds one point set instead of two, and the fresh copies die young.
   */
  published?: Map<string, ServicePoint | number>;
  /**
   * True when every point in `published` was accepted by validation in this process, with these rules, reference
   * data and catalog (the set a publish of an upload installed; not one read back from the store, whose rules may
   * have been others). A row that then spells its published point exactly (`spellsPoint`) *is* that point without
   * being checked again: a routine refresh, nine rows in ten unchanged, checks only the rest. A flag on the set
   * rather than a `WeakSet` of accepted points: adding 100k points to one cost a first publish's preview 80-100 ms.
   */
  trusted?: boolean;
  /**
   * The file holds a NUL character somewhere (its encoding is told from its first 64 kB, where one makes it
   * binary): each row's cells are then searched for one, since PostgreSQL's text cannot hold it.
   */
  nul?: boolean;
}

export interface ValidationResult {
  points: ServicePoint[];
  /** With `published`: `base[i]` is the published point of `points[i]`'s source id, if any. */
  base: (ServicePoint | undefined)[];
  /** With `published`: the published points no valid row has. */
  removed: ServicePoint[];
  issues: RowIssue[];
  /** Rows (by spreadsheet number) left out because of at least one error. */
  rejectedRows: number[];
}

/** Longest cell accepted: generous for addresses and hours, small enough that a runaway cell is caught. */
export const MAX_CELL = 2000;

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
  }).flatMap(([code, names]) => [[code, code], [code.toUpperCase(), code], ...names.map((n) => [n, code])]),
);

/** Upper-case province codes, made once rather than once per row. */
const UPPER = new Map(PROVINCES.map((p) => [p, p.toUpperCase()]));
const upperCode = (code: string) => UPPER.get(code as (typeof PROVINCES)[number]) ?? code.toUpperCase();

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
export function validateRows(rows: readonly TableRow[], ctx: ValidationContext): ValidationResult {
  const v = new RowValidator(ctx);
  for (const r of rows) v.add(r);
  return v.result();
}

/**
 * Validates rows one at a time, as the reader hands them over, so a large file is checked while it is read and
 * its cells can be dropped as soon as their row is done. Rows with an error are left out; warnings keep the row.
 */
export class RowValidator {
  private readonly points: ServicePoint[] = [];
  private readonly issues: RowIssue[] = [];
  private readonly rejectedRows: number[] = [];
  /** The row of each id seen so far that is not in `published` (those are kept there, see `add`). */
  private readonly seen = new Map<string, number>();
  private readonly check: RowCheck;
  /**
   * `ctx.published`: a published point, or once a valid row has claimed it, that row's number. Writing the number
   * over the point (a key already there) is cheaper than deleting it and recording the id elsewhere, 85k times in a
   * routine refresh.
   */
  private readonly published: Map<string, ServicePoint | number> | undefined;
  private readonly trusted: boolean;
  private readonly sample: boolean;
  private readonly base: (ServicePoint | undefined)[] = [];

  constructor(ctx: ValidationContext) {
    this.check = new RowCheck(ctx);
    this.published = ctx.published;
    this.trusted = ctx.trusted ?? false;
    this.sample = ctx.sample;
  }

  add(r: TableRow): void {
    const k = this.check;
    k.start(r);
    const id = r.cells.id;
    const prior = id ? this.published?.get(id) : undefined;
    const old = typeof prior === 'object' ? prior : undefined;
    const point = (old && this.spelled(r, old)) || validateRow(k);
    const firstRow = typeof prior === 'number' ? prior : id ? this.seen.get(id) : undefined;
    if (firstRow !== undefined) {
      k.out.push(err(r.row, 'id', 'duplicate_id', k.text.duplicateId(id, firstRow)));
    }
    let bad = false;
    for (const issue of k.out) {
      this.issues.push(issue);
      if (issue.severity === 'error') bad = true;
    }
    const valid = point !== undefined && !bad;
    if (valid) this.keep(point, old);
    else this.rejectedRows.push(r.row);
    if (id && firstRow === undefined) {
      // A published point claimed by a valid row leaves the map; one whose row is rejected stays (it is removed).
      if (old && valid) this.published?.set(id, r.row);
      else this.seen.set(id, r.row);
    }
  }

  /** `old` itself when this row spells it and it is trusted (see `ValidationContext.trusted`). */
  private spelled(r: TableRow, old: ServicePoint): ServicePoint | undefined {
    // A point placed from its postal code has coordinates its row did not: its row no longer spells it.
    if (!this.trusted || old.approximate || old.sample !== this.sample) return undefined;
    return spellsPoint(r.cells, old) ? old : undefined;
  }

  /** Pairs a valid point with its published one, which it is when unchanged and already stamped (`published`). */
  private keep(point: ServicePoint, old: ServicePoint | undefined): void {
    this.base.push(old);
    // The published point when it equals the one these rules just accepted, so a published set stays `trusted`.
    this.points.push(old && old.modified_at !== '' && samePoint(point, old) ? old : point);
  }

  result(): ValidationResult {
    return {
      points: this.points,
      base: this.base,
      removed: this.published
        ? [...this.published.values()].filter((v): v is ServicePoint => typeof v === 'object')
        : [],
      issues: this.issues,
      rejectedRows: this.rejectedRows,
    };
  }
}

/**
 * The checks of one row at a time. One instance per file, reused row after row, with the memoised outcomes of
 * the repetitive columns (this runs 100k times for a large file).
 */
class RowCheck {
  r!: TableRow;
  out: RowIssue[] = [];
  readonly text: IssueText;
  readonly siteType: Memo<CodeOutcome<(typeof SITE_TYPES)[number]>>;
  readonly status: Memo<CodeOutcome<(typeof STATUSES)[number]>>;
  readonly services: Memo<{ values: readonly string[]; messages: string[] }>;
  readonly languages: Memo<{ values: readonly (typeof LANGUAGES)[number][]; messages: string[] }>;
  readonly accessibility: Memo<{ values: readonly (typeof ACCESSIBILITY)[number][]; messages: string[] }>;
  // Phone numbers are mostly unique per site: checked directly. The toll-free line is usually shared.
  readonly phone = { get: checkPhone };
  readonly tollFree = new Memo(checkPhone);
  readonly email = new Memo(checkEmail);
  readonly url = new Memo(checkUrl);
  readonly date = new Memo(checkDate);
  readonly postal = { get: checkPostalCode };

  constructor(readonly ctx: ValidationContext) {
    const text = ctx.text;
    this.text = text;
    this.siteType = new Memo((c) => codeOutcome(c, SITE_TYPES, text));
    this.status = new Memo((c) => codeOutcome(c, STATUSES, text));
    this.services = new Memo((c) => listOutcome(c, ctx.serviceCodes, {}, text));
    this.languages = new Memo((c) => listOutcome(c, LANGUAGES, LANGUAGE_WORDS, text));
    this.accessibility = new Memo((c) => listOutcome(c, ACCESSIBILITY, {}, text));
  }

  start(r: TableRow) {
    this.r = r;
    this.out = [];
  }

  bad(column: CsvColumn, code: RowIssue['code'], message: string) {
    rowError(this.out, this.text, this.r.row, column, code, message);
  }

  format<T>(column: CsvColumn, check: { get(cell: string): Checked<T> }): T | undefined {
    const cell = this.r.cells[column];
    if (cell === '') return undefined;
    const res = check.get(cell);
    if (res.ok) return res.value;
    const { text } = this;
    const hint = res.noScheme ? text.addScheme(cell) : undefined;
    this.bad(column, 'invalid_format', text.badFormat(text.expected[res.expected], quote(text, cell), hint));
    return undefined;
  }

  code<T extends string>(column: CsvColumn, memo: Memo<CodeOutcome<T>>): T | undefined {
    const out = memo.get(this.r.cells[column]);
    if (out.message !== undefined) this.bad(column, 'unknown_code', out.message);
    return out.value;
  }

  list<T extends string>(column: CsvColumn, memo: Memo<{ values: readonly T[]; messages: string[] }>): T[] {
    const cell = this.r.cells[column];
    if (cell === '') return NONE as T[];
    const out = memo.get(cell);
    for (const m of out.messages) this.bad(column, 'unknown_code', m);
    return out.values as T[];
  }
}

/** The empty list every point without services, languages or accessibility shares. */
const NONE: readonly string[] = Object.freeze([]);

function validateRow(k: RowCheck): ServicePoint | undefined {
  const { r, ctx } = k;
  const c = r.cells;
  // Only a row longer than one cell may hold is looked at cell by cell.
  let length = 0;
  for (const cell of r.raw) length += cell.length;
  for (const column of length > MAX_CELL ? CSV_COLUMNS : []) {
    if (c[column].length > MAX_CELL) {
      k.bad(column, 'invalid_format', k.text.tooLong(MAX_CELL, c[column].length));
    }
  }
  // A cell with a NUL is said to be one, and nothing more of its row: each other check would quote the cell.
  if (ctx.nul) {
    const before = k.out.length;
    for (const column of CSV_COLUMNS)
      if (c[column].includes('\u0000')) k.bad(column, 'invalid_format', k.text.nulCharacter);
    if (k.out.length > before) return undefined;
  }
  if (c.id === '') k.bad('id', 'required', k.text.idRequired);
  if (c.name_en === '' && c.name_fr === '') k.bad('name_en', 'required', k.text.nameRequired);
  const siteType = c.site_type === '' ? 'centre' : k.code('site_type', k.siteType);
  const status = c.status === '' ? 'open' : k.code('status', k.status);
  let province = '';
  if (c.province !== '') {
    const p =
      PROVINCE_NAMES[c.province] ??
      PROVINCE_NAMES[c.province.toLowerCase()] ??
      PROVINCE_NAMES[foldText(c.province)];
    if (p) {
      province = p;
      // A provincial, territorial or municipal government's sites are in its own province.
      const own = ctx.jurisdiction.level === 'federal' ? undefined : ctx.jurisdiction.province;
      if (own && p !== own)
        k.bad(
          'province',
          'outside_province',
          k.text.provinceMismatch(quote(k.text, c.province), own.toUpperCase()),
        );
    } else
      k.bad(
        'province',
        'unknown_code',
        k.text.unknownProvince(PROVINCES.join(', ').toUpperCase(), quote(k.text, c.province)),
      );
  }
  const postal = k.format('postal_code', k.postal);
  const services = k.list('services', k.services);
  const languages = k.list('languages', k.languages);
  const accessibility = k.list('accessibility', k.accessibility);
  if (c.hours !== '') {
    const h = parseHours(c.hours, k.text.lang);
    if (!h.ok)
      k.bad('hours', 'invalid_hours', k.text.invalidHours(quote(k.text, c.hours), h.message.slice(0, 160)));
  }
  const phone = k.format('phone', k.phone);
  const tollFree = k.format('toll_free', k.tollFree);
  const email = k.format('email', k.email);
  const website = k.format('website', k.url);
  const onlineUrl = k.format('online_url', k.url);
  const bookingUrl = k.format('booking_url', k.url);
  const photoUrl = k.format('photo_url', k.url);
  const lastVerified = k.format('last_verified', k.date);
  const position = locate(c.lat, c.lon, postal, province, r.row, ctx, k.out);

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
    province: upperCode(province || j.province || ''),
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
    website: website ?? '',
    online_url: onlineUrl ?? '',
    booking_url: bookingUrl ?? '',
    photo_url: photoUrl ?? '',
    last_verified: lastVerified ?? '',
    sample: ctx.sample,
    modified_at: '',
  };
}
