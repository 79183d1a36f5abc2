import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { toCsv } from '../csv/write-csv.ts';
import {
  HSDS_FOREIGN_KEYS,
  HSDS_PATHS,
  HSDS_TABLE_NAMES,
  HSDS_TABLES,
  type HsdsRow,
  type HsdsTable,
  type HsdsTables,
} from './schema.ts';

/** The `datapackage.json` descriptor (Frictionless tabular data package) of an HSDS 3.0 export. */
export function dataPackageDescriptor(created: string) {
  return {
    name: 'pan-canadian-service-map-hsds',
    title: 'Pan-Canadian Service Map: in-person government service points (HSDS 3.0)',
    description:
      'Published service points of federal, provincial, territorial and municipal governments, as an Open Referral HSDS 3.0 tabular data package. Sources and licences: /api/v1/about.',
    profile: 'tabular-data-package',
    version: '3.0',
    created,
    homepage: 'https://docs.openreferral.org/en/3.0/',
    resources: HSDS_TABLE_NAMES.map((table) => ({
      name: table,
      path: HSDS_PATHS[table],
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: HSDS_TABLES[table].map((f) => ({
          name: f.name,
          type: f.type,
          ...('format' in f ? { format: f.format } : {}),
          constraints: {
            required: 'required' in f,
            ...(f.name === 'id' ? { unique: true } : {}),
            ...('enum' in f ? { enum: f.enum } : {}),
          },
        })),
        primaryKey: 'id',
        foreignKeys: Object.entries(HSDS_FOREIGN_KEYS[table] ?? {}).map(([field, target]) => ({
          fields: field,
          reference: { resource: target, fields: 'id' },
        })),
      },
    })),
  };
}

/**
 * Zips the tables under the specification's file names (`locations.csv`…; UTF-8, the specification's column order) plus `datapackage.json`. Cells a
 * spreadsheet would run as a formula are prefixed with a quote, as in our CSV export.
 */
export function zipDataPackage(tables: HsdsTables, created = new Date().toISOString()): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'datapackage.json': strToU8(`${JSON.stringify(dataPackageDescriptor(created), null, 2)}\n`),
  };
  for (const table of HSDS_TABLE_NAMES) {
    const header = HSDS_TABLES[table].map((f) => f.name);
    files[HSDS_PATHS[table]] = strToU8(
      `${toCsv(
        header,
        tables[table].map((r) => header.map((h) => r[h] ?? '')),
      )}\r\n`,
    );
  }
  return zipSync(files, { level: 6 });
}

/** The bytes are not a zip, or the zip has no locations: the message says what was found. */
export class NotAnHsdsPackageError extends Error {}

/**
 * Reads an HSDS tabular data package (zip). Tables are found by the specification's file name
 * (`locations.csv`), or the singular table name (`location.csv`) some publishers use, in any folder of the
 * zip; absent tables are empty.
 */
export function unzipDataPackage(bytes: Uint8Array): { tables: HsdsTables; descriptor: unknown } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new NotAnHsdsPackageError(
      `This is not a zip file (${(e as Error).message}). An HSDS package is a zip of CSV files and datapackage.json.`,
    );
  }
  const byName = new Map(Object.entries(files).map(([path, data]) => [path.split('/').pop() ?? path, data]));
  const tables = {} as HsdsTables;
  for (const table of HSDS_TABLE_NAMES) {
    const data = byName.get(HSDS_PATHS[table]) ?? byName.get(`${table}.csv`);
    tables[table] = data ? parseCsv(strFromU8(data)) : [];
  }
  if (tables.location.length === 0) {
    throw new NotAnHsdsPackageError(
      `No locations.csv (or it is empty) in the zip: found ${[...byName.keys()].join(', ') || 'no files'}. An HSDS package needs its locations.`,
    );
  }
  const raw = byName.get('datapackage.json');
  return { tables, descriptor: raw ? JSON.parse(strFromU8(raw)) : undefined };
}

function parseCsv(text: string): HsdsRow[] {
  const parsed = Papa.parse<HsdsRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  // Undo the quote our exporter puts before formula-like cells; a leading quote is never meaningful data here.
  return parsed.data.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v ?? '').replace(/^'(?=[=+\-@\t\r])/, '')])),
  );
}

export type { HsdsTable };
