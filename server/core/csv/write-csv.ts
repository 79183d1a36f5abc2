import Papa from 'papaparse';
import { CSV_COLUMNS } from '../codes.ts';
import type { ServicePoint } from '../schemas.ts';

/**
 * Neutralises a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) by
 * prefixing a quote. Plain numbers (a negative longitude, with a decimal point or a French decimal comma) are data
 * and stay as they are.
 */
export function safeCell(value: string): string {
  if (/^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter = ',',
): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(safeCell)) },
    { newline: '\r\n', delimiter },
  );
}

/** The columns of the open-data export: the canonical template plus the global id and provenance. */
export const EXPORT_COLUMNS = [
  'global_id',
  'jurisdiction',
  'level',
  ...CSV_COLUMNS,
  'approximate',
  'sample',
] as const;

export function pointsToCsv(points: readonly ServicePoint[]): string {
  return toCsv(
    EXPORT_COLUMNS,
    points.map((p) =>
      EXPORT_COLUMNS.map((c) => {
        if (c === 'global_id') return p.id;
        if (c === 'id') return p.source_id;
        const v = p[c];
        return Array.isArray(v) ? v.join(';') : String(v);
      }),
    ),
  );
}
