import type { RowIssue } from '../schemas.ts';
import { toCsv } from './write-csv.ts';

/**
 * The steward's error report: their own file (header and every row, as they sent it) plus an `error` column
 * that says what is wrong with each row. Fixing the rows and uploading the report again works: the `error`
 * column is ignored on upload. Written with the file's own delimiter: a French spreadsheet's `;` file keeps its
 * decimal commas, which a comma-separated report would have turned into cells the next upload refuses.
 */
export function errorReportCsv(
  header: readonly string[],
  rows: readonly { row: number; raw: string[] }[],
  issues: readonly RowIssue[],
  delimiter = ',',
): string {
  const byRow = new Map<number, string[]>();
  for (const i of issues) {
    const list = byRow.get(i.row) ?? [];
    list.push(i.severity === 'warning' ? `warning: ${i.message}` : i.message);
    byRow.set(i.row, list);
  }
  const keep = header.map((h) => h.toLowerCase() !== 'error');
  const cells = (raw: readonly string[]) => header.map((_, i) => raw[i] ?? '').filter((_, i) => keep[i]);
  return toCsv(
    ['row', ...header.filter((_, i) => keep[i]), 'error'],
    rows.map((r) => [String(r.row), ...cells(r.raw), (byRow.get(r.row) ?? []).join(' | ')]),
    delimiter,
  );
}
