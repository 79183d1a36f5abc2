/** The row issues the validator writes: one shape, one message prefix, cells quoted the same way. */
import type { RowIssue } from '../schemas.ts';

export function err(row: number, column: string, code: RowIssue['code'], message: string): RowIssue {
  return { row, column, code, message, severity: 'error' };
}

/** Records an error of `row` in `column`, its message prefixed "Row n, column c:". Returns undefined. */
export function rowError(
  out: RowIssue[],
  row: number,
  column: string,
  code: RowIssue['code'],
  message: string,
) {
  out.push(err(row, column, code, `Row ${row}, column ${column}: ${message}`));
  return undefined;
}

/** A cell as a message shows it: quoted, and cut at 60 characters. */
export function quote(cell: string): string {
  return `"${cell.length > 60 ? `${cell.slice(0, 57)}…` : cell}"`;
}
