import Papa from 'papaparse';
import { decodeBytes } from '../core/csv/decode-bytes.ts';

/** One record of a publisher's CSV, with the row number a spreadsheet shows (header = 1). */
export interface SourceRecord {
  row: number;
  cells: Record<string, string>;
}

/**
 * Reads a publisher's CSV (UTF-8 or Windows-1252, delimiter sniffed) into header-keyed records; cells are
 * trimmed. Row numbers count records as a spreadsheet does: header = 1, blank lines counted.
 */
export function readRecords(bytes: Uint8Array): SourceRecord[] {
  const { text } = decodeBytes(bytes);
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  const header = (records[0] ?? []).map((h) => h.trim());
  const out: SourceRecord[] = [];
  records.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    out.push({ row: i + 2, cells: Object.fromEntries(header.map((h, k) => [h, (cells[k] ?? '').trim()])) });
  });
  return out;
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
