/**
 * The words of every row and file issue, in the steward's language: the validator and the reader compose their
 * messages from one of these catalogues, so an upload in French reads in French (its code, row and column are the
 * same in both). Both languages implement the same interface, so a message missing from one does not compile.
 */
import { en } from './en.ts';
import { fr } from './fr.ts';

export type Lang = 'en' | 'fr';

export const LANGS: readonly Lang[] = ['en', 'fr'];

/** What a format check expected, named by the catalogue (see `Checked` in field-formats.ts). */
export type Expected = 'postal_code' | 'phone' | 'email' | 'url' | 'date' | 'decimal_point' | 'decimal_comma';

export interface IssueText {
  /** The catalogue's language (the opening-hours parser is asked for its own messages in it). */
  lang: Lang;
  /** A cell as a message shows it, already cut to length (`cut`), in the language's quotation marks. */
  quote(cell: string): string;
  /** The prefix of a cell's problem: where it is in the spreadsheet. */
  rowColumn(row: number, column: string, message: string): string;

  unterminatedQuote(row: number): string;
  noRecognisableColumn(examples: string, got: string): string;
  unknownColumn(column: string): string;
  raggedRow(row: number, cells: number, headerCells: number, delimiter: string): string;

  expected: Record<Expected, string>;
  /** The hint for a web address written without its scheme (`www.…`). */
  addScheme(cell: string): string;
  badFormat(expected: string, got: string, hint: string | undefined): string;
  unknownCode(got: string, valid: readonly string[], suggestion: string | undefined): string;
  tooLong(max: number, length: number): string;
  nulCharacter: string;
  idRequired: string;
  nameRequired: string;
  unknownProvince(codes: string, got: string): string;
  invalidHours(got: string, detail: string): string;
  duplicateId(id: string, firstRow: number): string;

  unknownFsa(fsa: string): string;
  noLocation: string;
  approximate(row: number, fsa: string): string;
  latMissing: string;
  lonMissing: string;
  swapped(lat: string): string;
  minusMissing(lon: string): string;
  outsideCanada(lat: string, lon: string): string;
  outsideProvince(lat: string, lon: string, actual: string | undefined, expected: string): string;
  postalOutsideProvince(fsa: string, actual: string, expected: string): string;
  provinceMismatch(given: string, expected: string): string;

  // Suspicious changes (suspicious.ts): what to look at twice before publishing.
  moved(id: string, km: number): string;
  massRemoval(removed: number, published: number, percent: number): string;
  closuresJump(before: number, after: number): string;
  missingColumn(column: string, erased: number): string;
}

const CATALOGUES: Record<Lang, IssueText> = { en, fr };

export const issueText = (lang: Lang = 'en'): IssueText => CATALOGUES[lang];

/**
 * A cell cut to 60 characters, so a runaway cell does not make a runaway message; never between the two halves of
 * a character outside the BMP (an emoji), which would leave a lone surrogate that no UTF-8 text can hold.
 */
export function cut(cell: string): string {
  if (cell.length <= 60) return cell;
  const last = cell.charCodeAt(56);
  return `${cell.slice(0, last >= 0xd800 && last <= 0xdbff ? 56 : 57)}…`;
}
