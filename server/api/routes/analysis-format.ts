import type { Context } from 'hono';
import { toCsv } from '../../core/csv/write-csv.ts';

type Cell = string | number | boolean | null | undefined | readonly string[] | readonly (readonly string[])[];

const cell = (v: Cell): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? x.join('+') : String(x))).join(';');
  return String(v);
};

/**
 * A CSV download: sets the headers on `c` and returns the body (UTF-8 with BOM so spreadsheets detect the
 * encoding, formula-safe cells, CRLF lines) for the handler to send with `c.body(…, 200)`.
 */
export function csvBody(
  c: Context,
  fileName: string,
  header: readonly string[],
  rows: readonly Cell[][],
): string {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${fileName}"`);
  return `\uFEFF${toCsv(
    header,
    rows.map((r) => r.map(cell)),
  )}\r\n`;
}

export interface PointFeatureOut {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** A GeoJSON point feature (`[lon, lat]`) whose properties are the row itself. */
export function pointFeature(id: string, lon: number, lat: number, properties: object): PointFeatureOut {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { ...properties } as Record<string, unknown>,
  };
}

/** Marks a GeoJSON answer as a download named `fileName`. */
export function geojsonDownload(c: Context, fileName: string) {
  c.header('Content-Disposition', `attachment; filename="${fileName}"`);
}
