/** The row issues the validator writes: one shape, one message prefix, cells quoted the same way. */
import { cut, type IssueText } from '../issue-text/catalogue.ts';
import type { RowIssue } from '../schemas.ts';

export function err(row: number, column: string, code: RowIssue['code'], message: string): RowIssue {
  return { row, column, code, message, severity: 'error' };
}

/** Records an error of `row` in `column`, its message prefixed with where it is ("Row n, column c:"). */
export function rowError(
  out: RowIssue[],
  text: IssueText,
  row: number,
  column: string,
  code: RowIssue['code'],
  message: string,
) {
  out.push(err(row, column, code, text.rowColumn(row, column, message)));
  return undefined;
}

/** A cell as a message shows it: quoted, and cut at 60 characters. */
export const quote = (text: IssueText, cell: string) => text.quote(cut(cell));
