import Papa from 'papaparse';
import { CSV_COLUMNS, type CsvColumn } from '../codes.ts';
import { type IssueText, issueText } from '../issue-text/catalogue.ts';
import type { CanonicalRow, RowIssue } from '../schemas.ts';
import { type ColumnMapping, resolveHeader } from './header-aliases.ts';

export interface TableRow {
  /** Row number as a spreadsheet shows it (header = 1, blank lines counted). */
  row: number;
  cells: CanonicalRow;
  /** The row's original cells, in file order, for the downloadable error report. */
  raw: string[];
}

export interface ReadTable {
  delimiter: string;
  /** Original header cells, in file order. */
  header: string[];
  /** Which canonical column each header cell became (undefined: ignored). */
  columns: (CsvColumn | undefined)[];
  rows: TableRow[];
  /** Rows left out while reading (ragged), with their original cells, for the error report. */
  rejected: { row: number; raw: string[] }[];
  issues: RowIssue[];
  /**
   * The spreadsheet row from which the file could not be read: 1 when no column of its header is recognisable,
   * the row of a quote never closed (it swallowed the rest). Undefined when the file was read to its end.
   */
  unreadableFrom?: number;
}

const DELIMITERS = [',', ';', '\t', '|'];
const REPORT_COLUMNS = ['row', 'error'];
const EMPTY_ROW = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CanonicalRow;

function fileIssue(code: RowIssue['code'], message: string, row = 0, column = ''): RowIssue {
  return { row, column, code, message, severity: 'error' };
}

/** Picks the delimiter that splits the header line into the most cells (ties go to the comma). */
function sniffDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** What a scan of the table returns: everything but the rows themselves, which went to the caller one by one. */
export type TableScan = Omit<ReadTable, 'rows'> & {
  /** Non-blank data rows read, ragged ones included. */
  rowCount: number;
};

/** Text handed to the parser at a time: rows are parsed, used and dropped chunk by chunk, never all held. */
const CHUNK_CHARS = 1 << 18;

/** Text the line-break and delimiter guesses look at. */
const PROBE_CHARS = 1 << 20;

/**
 * The text to read, a piece at a time: a string cut into `CHUNK_CHARS` slices, or a decoder's pieces
 * (`decodeInPieces`), so the whole text of an upload need never exist at once. A byte order mark is dropped.
 */
class TextFeed {
  private readonly queue: string[] = [];
  private readonly source: Iterator<string>;
  private ended = false;
  private started = false;

  constructor(text: string | Iterable<string>) {
    this.source = (typeof text === 'string' ? slices(text) : text)[Symbol.iterator]();
  }

  /** Pulls pieces until `size` characters are queued or the text ends. */
  private fill(size: number): void {
    let queued = 0;
    for (const q of this.queue) queued += q.length;
    while (queued < size && !this.ended) {
      const next = this.source.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      const piece = this.started ? next.value : next.value.replace(/^\uFEFF/, '');
      this.started = true;
      this.queue.push(piece);
      queued += piece.length;
    }
  }

  /** The first `size` characters (all of a shorter text), which stay to be taken. */
  peek(size: number): string {
    this.fill(size);
    return this.queue.join('').slice(0, size);
  }

  /** At least `size` characters (whole pieces; fewer at the end), and whether they are the last. */
  take(size: number): { text: string; last: boolean } {
    this.fill(size);
    let text = '';
    while (text.length < size && this.queue.length > 0) text += this.queue.shift();
    this.fill(1); // is there more?
    return { text, last: this.queue.length === 0 };
  }
}

function* slices(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += CHUNK_CHARS) yield text.slice(at, at + CHUNK_CHARS);
}

/**
 * The line break of the file as papaparse guesses it (its `guessLineEndings`, which only `Papa.parse` runs): the
 * break seen first outside quotes, `\r\n` when most `\r` are followed by `\n`.
 */
function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const probe = text.slice(0, 1 << 20).replace(/"[\s\S]*?"/g, '');
  const r = probe.split('\r');
  const n = probe.split('\n');
  if (r.length === 1 || (n.length > 1 && (n[0] ?? '').length < (r[0] ?? '').length)) return '\n';
  const withN = r.filter((part) => part[0] === '\n').length;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Reads CSV text (a string, or the pieces of `decodeInPieces`) into canonical rows, handing each to `onRow` as
 * soon as its chunk is parsed, so a 100k-row file never lives as 2.5 million cells at once. Tolerant: sniffs the
 * delimiter, maps French and English header aliases, ignores blank lines and surrounding spaces. Never throws:
 * every problem is a file- or row-level issue.
 *
 * The chunks are fed to papaparse's `Parser` (the parser `Papa.parse` runs) the way papaparse's own string
 * streamer does, in a loop: the text after the last complete record is carried into the next chunk. `Papa.parse`
 * with `chunk` does the same by recursion, through a parse handle per chunk, and measured here it keeps most of
 * what it allocates alive long enough to be promoted out of the young generation: 100 parses of the same
 * 256 kB took 306 ms and promoted 75 MB that way, 121 ms and nothing with the `Parser` alone.
 */
export function scanTable(
  text: string | Iterable<string>,
  mapping: ColumnMapping,
  onRow: (row: TableRow, scan: TableScan) => void,
  words: IssueText = issueText('en'),
): TableScan {
  const feed = new TextFeed(text);
  const head = feed.peek(PROBE_CHARS);
  const delimiter = sniffDelimiter(head);
  const scan: TableScan = { delimiter, header: [], columns: [], rejected: [], issues: [], rowCount: 0 };
  const config = { delimiter, newline: guessNewline(head) };
  /** Records seen before the current chunk (the header is record 0, spreadsheet row 1). */
  let before = 0;
  let carried = '';
  let consumed = 0; // characters of the text before `carried`
  let size = CHUNK_CHARS;
  const rows = new RowReader(mapping, scan, onRow, words);
  for (;;) {
    const { text: piece, last } = feed.take(size);
    const input = carried + piece;
    // Not the last chunk: the parser stops before a record it cannot see the end of (`meta.cursor`).
    const results = new Papa.Parser(config).parse(input, consumed, !last) as Papa.ParseResult<string[]>;
    const cursor = last ? consumed + input.length : (results.meta as { cursor: number }).cursor;
    carried = input.slice(cursor - consumed);
    consumed = cursor;
    // A record longer than the chunk (a huge cell, a quote never closed): read twice as much next time, so a
    // pathological file costs linear time, not quadratic.
    size = results.data.length === 0 ? size * 2 : CHUNK_CHARS;
    if (!rows.chunk(results, before)) return scan;
    before += results.data.length;
    if (last) break;
  }
  if (before === 0) readHeader([], mapping, scan, words); // an empty file
  return scan;
}

/** Where each canonical column is in a record (-1: not in the file). */
type Place = Record<CsvColumn, number>;

/**
 * The place of each canonical column, when each comes from one header cell at most (else undefined: the first
 * non-empty of the cells mapped to a column wins, the general path of `readRow`).
 */
function placeOf(columns: readonly (CsvColumn | undefined)[]): Place | undefined {
  const place = Object.fromEntries(CSV_COLUMNS.map((c) => [c, -1])) as Place;
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j];
    if (c === undefined) continue;
    if (place[c] !== -1) return undefined;
    place[c] = j;
  }
  return place;
}

/** Printable ASCII other than the space: a cell that starts and ends with one needs no trimming. */
const solid = (c: number) => c > 32 && c < 127;

/** The trimmed cell `j` of a record ('' for a column not in the file). Most cells need no trim: checked first. */
function at(record: readonly string[], j: number): string {
  if (j < 0) return '';
  const v = record[j] ?? '';
  return v === '' || (solid(v.charCodeAt(0)) && solid(v.charCodeAt(v.length - 1))) ? v : v.trim();
}

/**
 * A record's canonical cells. Spelled out, one object literal: assigning 23 fields by a variable name is
 * megamorphic, and this runs once per row (a 100k-row scan: 195 → 145 ms). `CanonicalRow`'s type keeps it complete.
 */
const cellsAt = (r: readonly string[], p: Place): CanonicalRow => ({
  id: at(r, p.id),
  name_en: at(r, p.name_en),
  name_fr: at(r, p.name_fr),
  site_type: at(r, p.site_type),
  status: at(r, p.status),
  address: at(r, p.address),
  city: at(r, p.city),
  province: at(r, p.province),
  postal_code: at(r, p.postal_code),
  lat: at(r, p.lat),
  lon: at(r, p.lon),
  services: at(r, p.services),
  languages: at(r, p.languages),
  accessibility: at(r, p.accessibility),
  hours: at(r, p.hours),
  phone: at(r, p.phone),
  toll_free: at(r, p.toll_free),
  email: at(r, p.email),
  website: at(r, p.website),
  online_url: at(r, p.online_url),
  booking_url: at(r, p.booking_url),
  photo_url: at(r, p.photo_url),
  last_verified: at(r, p.last_verified),
});

/** Turns the records of each chunk into rows for `onRow`, the first record being the header. */
class RowReader {
  private place: Place | undefined;

  constructor(
    private readonly mapping: ColumnMapping,
    private readonly scan: TableScan,
    private readonly onRow: (row: TableRow, scan: TableScan) => void,
    private readonly words: IssueText,
  ) {}

  /** One chunk's records, `before` records having come earlier; false when the header makes the file unreadable. */
  chunk(results: Papa.ParseResult<string[]>, before: number): boolean {
    const { scan } = this;
    const records = results.data;
    let i = 0;
    if (before === 0 && records.length > 0) {
      if (!readHeader(records[0] ?? [], this.mapping, scan, this.words)) return false;
      this.place = placeOf(scan.columns);
      i = 1;
    }
    // Papaparse reports an unterminated quote (last chunk only) on the record where it starts; that record
    // swallowed the rest of the file.
    const unterminated = results.errors.find((e) => e.code === 'MissingQuotes');
    const stopAt = unterminated?.row ?? Number.POSITIVE_INFINITY;
    if (unterminated) {
      const row = before + (unterminated.row ?? 0) + 1;
      scan.issues.push(fileIssue('invalid_format', this.words.unterminatedQuote(row), row));
      scan.unreadableFrom ??= row;
    }
    for (; i < records.length && i < stopAt; i++) {
      const row = readRow(records[i] ?? [], before + i + 1, scan, this.place, this.words);
      if (row) this.onRow(row, scan);
    }
    return true;
  }
}

/** Resolves the header into `scan`; false when no column is recognisable (a file-level error). */
function readHeader(cells: string[], mapping: ColumnMapping, scan: TableScan, words: IssueText): boolean {
  const header = cells.map((h) => h.trim());
  const columns = header.map((h) => resolveHeader(h, mapping));
  scan.header = header;
  scan.columns = columns;
  if (!columns.some((c) => c !== undefined)) {
    scan.unreadableFrom = 1;
    scan.issues.push(
      fileIssue(
        'required',
        words.noRecognisableColumn(
          CSV_COLUMNS.slice(0, 4).join(', '),
          header.join(scan.delimiter).slice(0, 200),
        ),
        1,
      ),
    );
    return false;
  }
  header.forEach((h, i) => {
    // `row` and `error` are the columns our own error report adds; a corrected report comes back with them.
    if (columns[i] === undefined && h !== '' && !REPORT_COLUMNS.includes(h.toLowerCase())) {
      scan.issues.push({
        row: 1,
        column: h,
        code: 'unknown_column',
        message: words.unknownColumn(h),
        severity: 'warning',
      });
    }
  });
  return true;
}

function isBlank(record: readonly string[]): boolean {
  for (const c of record) if (c.trim() !== '') return false;
  return true;
}

/** One data record as a canonical row; undefined for a blank line or a ragged row (recorded in `scan`). */
function readRow(
  record: string[],
  row: number,
  scan: TableScan,
  place: Place | undefined,
  words: IssueText,
): TableRow | undefined {
  if (isBlank(record)) return undefined;
  scan.rowCount++;
  const { header, columns, delimiter } = scan;
  if (record.length > header.length) {
    scan.issues.push(
      fileIssue('ragged_row', words.raggedRow(row, record.length, header.length, delimiter), row),
    );
    scan.rejected.push({ row, raw: record });
    return undefined;
  }
  if (place) return { row, cells: cellsAt(record, place), raw: record };
  const cells: CanonicalRow = { ...EMPTY_ROW };
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j];
    if (column && cells[column] === '') cells[column] = (record[j] ?? '').trim();
  }
  return { row, cells, raw: record };
}

/** The whole table in memory (tests, the error report): {@link scanTable} collecting its rows. */
export function readTable(text: string, mapping: ColumnMapping = {}, words?: IssueText): ReadTable {
  const rows: TableRow[] = [];
  const { rowCount: _, ...scan } = scanTable(text, mapping, (r) => rows.push(r), words);
  return { ...scan, rows };
}
