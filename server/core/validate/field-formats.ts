/**
 * Format checks for single cells. Each returns the normalised value, or what it expected, which the issue
 * catalogue puts into words (`IssueText.expected`).
 */
import type { Expected } from '../issue-text/catalogue.ts';

export type Checked<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      expected: Expected;
      /** A web address written without its scheme (`www.…`): the message says to add `https://`. */
      noScheme?: boolean;
    };

const POSTAL = /^([A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z])\s*-?\s*(\d[A-CEGHJ-NPR-TV-Z]\d)$/i;

/** `k1a0b1` → `K1A 0B1`. */
export function checkPostalCode(cell: string): Checked<string> {
  const m = POSTAL.exec(cell.trim());
  if (!m) return { ok: false, expected: 'postal_code' };
  return { ok: true, value: `${m[1]} ${m[2]}`.toUpperCase() };
}

/** Already in the form we publish (`613-555-0100`): the usual case, answered without the general parse. */
const CANONICAL_PHONE = /^(?:1-)?\d{3}-\d{3}-\d{4}$/;

/** North American numbers: 10 digits, optionally a leading 1, optional extension (`ext.`/`poste`). */
export function checkPhone(cell: string): Checked<string> {
  if (CANONICAL_PHONE.test(cell)) return { ok: true, value: cell };
  const [main = '', ext] = cell.split(/\s*(?:ext\.?|x|poste|p\.)\s*/i);
  const digits = main.replace(/[\s().+-]/g, '');
  if (!/^1?\d{10}$/.test(digits) || (ext !== undefined && !/^\d{1,6}$/.test(ext))) {
    return { ok: false, expected: 'phone' };
  }
  const ten = digits.slice(-10);
  const formatted = `${digits.length === 11 ? '1-' : ''}${ten.slice(0, 3)}-${ten.slice(3, 6)}-${ten.slice(6)}`;
  return { ok: true, value: ext ? `${formatted} ext. ${ext}` : formatted };
}

export function checkEmail(cell: string): Checked<string> {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell)
    ? { ok: true, value: cell }
    : { ok: false, expected: 'email' };
}

/** Only http and https links are published, so a `javascript:` or `file:` link never reaches the public. */
export function checkUrl(cell: string): Checked<string> {
  try {
    const url = new URL(cell);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { ok: true, value: url.toString() };
  } catch {
    // falls through to the error below
  }
  return { ok: false, expected: 'url', noScheme: /^www\./i.test(cell) };
}

/** `YYYY-MM-DD`, a real calendar date. */
export function checkDate(cell: string): Checked<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]))
      return { ok: true, value: cell };
  }
  return { ok: false, expected: 'date' };
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** True when `cell` is a decimal number as `checkNumber` reads it with a decimal point (`45.42`, `-75.7`). */
export const isDecimal = (cell: string) => DECIMAL.test(cell);

/** A decimal number; a decimal comma is accepted when the file's delimiter is not a comma. */
export function checkNumber(cell: string, decimalComma: boolean): Checked<number> {
  const s = decimalComma ? cell.replace(',', '.') : cell;
  const n = isDecimal(s.trim()) ? Number(s) : Number.NaN;
  return Number.isFinite(n)
    ? { ok: true, value: n }
    : { ok: false, expected: decimalComma ? 'decimal_comma' : 'decimal_point' };
}
