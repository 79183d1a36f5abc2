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

/**
 * Reads CSV text into canonical rows. Tolerant: sniffs the delimiter, maps French and English header aliases,
 * ignores blank lines and surrounding spaces. Never throws: every problem is a file- or row-level issue.
 */
export function readTable(text: string, mapping: ColumnMapping = {}): ReadTable {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(source);
  const parsed = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false });
  const issues: RowIssue[] = [];
  const records = parsed.data;
  const header = (records[0] ?? []).map((h) => h.trim());
  const columns = header.map((h) => resolveHeader(h, mapping));
  const result: ReadTable = { delimiter, header, columns, rows: [], rejected: [], issues };

  if (!columns.some((c) => c !== undefined)) {
    issues.push(
      fileIssue(
        'required',
        `No recognisable column in the header: expected columns such as ${CSV_COLUMNS.slice(0, 4).join(', ')}, lat, lon (or their French names), got "${header.join(delimiter).slice(0, 200)}". Use the template, or save a column mapping for this file.`,
        1,
      ),
    );
    return result;
  }
  header.forEach((h, i) => {
    // `row` and `error` are the columns our own error report adds; a corrected report comes back with them.
    if (columns[i] === undefined && h !== '' && !REPORT_COLUMNS.includes(h.toLowerCase())) {
      issues.push({
        row: 1,
        column: h,
        code: 'unknown_column',
        message: `Column "${h}" is not part of the template and will be ignored. Rename it or map it to a template column if it holds data you want published.`,
        severity: 'warning',
      });
    }
  });

  // Papaparse reports an unterminated quote on the record where it starts; that record swallowed the rest.
  const unterminated = parsed.errors.find((e) => e.code === 'MissingQuotes');
  const stopAt = unterminated?.row ?? Number.POSITIVE_INFINITY;
  if (unterminated) {
    issues.push(
      fileIssue(
        'invalid_format',
        `Row ${(unterminated.row ?? 0) + 1}: a quoted cell is never closed, so everything after it reads as one cell. Close the quote (") or remove it, then upload again.`,
        (unterminated.row ?? 0) + 1,
      ),
    );
  }

  for (let i = 1; i < records.length && i < stopAt; i++) {
    const record = records[i] ?? [];
    const row = i + 1;
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length > header.length) {
      issues.push(
        fileIssue(
          'ragged_row',
          `Row ${row} has ${record.length} cells but the header has ${header.length}. A cell probably contains the delimiter "${delimiter === '\t' ? 'tab' : delimiter}" without quotes: quote that cell or remove the extra delimiter.`,
          row,
        ),
      );
      result.rejected.push({ row, raw: record });
      continue;
    }
    const cells: CanonicalRow = { ...EMPTY_ROW };
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j];
      if (column && cells[column] === '') cells[column] = (record[j] ?? '').trim();
    }
    result.rows.push({ row, cells, raw: record });
  }
  return result;
}
