import Papa from 'papaparse';
import { CSV_COLUMNS, type CsvColumn } from '../codes.ts';
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

/**
 * Reads CSV text into canonical rows, handing each to `onRow` as soon as its chunk is parsed, so a 100k-row file
 * never lives as 2.5 million cells at once. Tolerant: sniffs the delimiter, maps French and English header
 * aliases, ignores blank lines and surrounding spaces. Never throws: every problem is a file- or row-level issue.
 */
export function scanTable(
  text: string,
  mapping: ColumnMapping,
  onRow: (row: TableRow, scan: TableScan) => void,
): TableScan {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(source);
  const scan: TableScan = { delimiter, header: [], columns: [], rejected: [], issues: [], rowCount: 0 };
  /** Records seen before the current chunk (the header is record 0, spreadsheet row 1). */
  let before = 0;
  let usable = true;
  // A variable, not a literal: @types/papaparse types `chunk` for files only, but papaparse's string streamer
  // chunks strings too, synchronously.
  const config = {
    delimiter,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      const records = results.data;
      let i = 0;
      if (before === 0) {
        if (records.length === 0) return; // the header line is longer than a chunk: it comes with the next one
        usable = readHeader(records[0] ?? [], mapping, scan);
        i = 1;
      }
      if (!usable) {
        parser.abort();
        return;
      }
      // Papaparse reports an unterminated quote (last chunk only) on the record where it starts; that record
      // swallowed the rest of the file.
      const unterminated = results.errors.find((e) => e.code === 'MissingQuotes');
      const stopAt = unterminated?.row ?? Number.POSITIVE_INFINITY;
      if (unterminated) {
        const row = before + (unterminated.row ?? 0) + 1;
        scan.issues.push(
          fileIssue(
            'invalid_format',
            `Row ${row}: a quoted cell is never closed, so everything after it reads as one cell. Close the quote (") or remove it, then upload again.`,
            row,
          ),
        );
      }
      for (; i < records.length && i < stopAt; i++) {
        const row = readRow(records[i] ?? [], before + i + 1, scan);
        if (row) onRow(row, scan);
      }
      before += records.length;
    },
  };
  Papa.parse<string[]>(source, config);
  if (before === 0 && usable) readHeader([], mapping, scan); // an empty file
  return scan;
}

/** Resolves the header into `scan`; false when no column is recognisable (a file-level error). */
function readHeader(cells: string[], mapping: ColumnMapping, scan: TableScan): boolean {
  const header = cells.map((h) => h.trim());
  const columns = header.map((h) => resolveHeader(h, mapping));
  scan.header = header;
  scan.columns = columns;
  if (!columns.some((c) => c !== undefined)) {
    scan.issues.push(
      fileIssue(
        'required',
        `No recognisable column in the header: expected columns such as ${CSV_COLUMNS.slice(0, 4).join(', ')}, lat, lon (or their French names), got "${header.join(scan.delimiter).slice(0, 200)}". Use the template, or save a column mapping for this file.`,
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
        message: `Column "${h}" is not part of the template and will be ignored. Rename it or map it to a template column if it holds data you want published.`,
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
function readRow(record: string[], row: number, scan: TableScan): TableRow | undefined {
  if (isBlank(record)) return undefined;
  scan.rowCount++;
  const { header, columns, delimiter } = scan;
  if (record.length > header.length) {
    scan.issues.push(
      fileIssue(
        'ragged_row',
        `Row ${row} has ${record.length} cells but the header has ${header.length}. A cell probably contains the delimiter "${delimiter === '\t' ? 'tab' : delimiter}" without quotes: quote that cell or remove the extra delimiter.`,
        row,
      ),
    );
    scan.rejected.push({ row, raw: record });
    return undefined;
  }
  const cells: CanonicalRow = { ...EMPTY_ROW };
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j];
    if (column && cells[column] === '') cells[column] = (record[j] ?? '').trim();
  }
  return { row, cells, raw: record };
}

/** The whole table in memory (tests, the error report): {@link scanTable} collecting its rows. */
export function readTable(text: string, mapping: ColumnMapping = {}): ReadTable {
  const rows: TableRow[] = [];
  const { rowCount: _, ...scan } = scanTable(text, mapping, (r) => rows.push(r));
  return { ...scan, rows };
}
