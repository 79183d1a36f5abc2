import Papa from 'papaparse';
import { decodeBytes } from '../core/csv/decode-bytes.ts';

/** One record of a publisher's CSV, with the row number a spreadsheet shows (header = 1). */
export interface SourceRecord {
  row: number;
  cells: Record<string, string>;
}

/** Reads a publisher's CSV (UTF-8 or Windows-1252) into header-keyed records; cells are trimmed. */
export function readRecords(bytes: Uint8Array): SourceRecord[] {
  const { text } = decodeBytes(bytes);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  // With skipEmptyLines the data index no longer equals the line; publishers' files here have no blank lines, and
  // a quoted cell spanning lines is rare enough that index + 2 is the row a spreadsheet shows.
  return parsed.data.map((cells, i) => ({ row: i + 2, cells }));
}

/** Splits `"…, City, Province name, A1A1A1"` style civic addresses into street part and city. */
export function splitCivicAddress(
  full: string,
  dropTrailing: (part: string) => boolean,
): { address: string; city: string } {
  const parts = full
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  while (parts.length > 0 && dropTrailing(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length < 2) return { address: parts.join(', '), city: '' };
  const city = parts.pop() ?? '';
  return { address: parts.join(', '), city };
}
