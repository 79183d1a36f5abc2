import { z } from 'zod';
import { CSV_COLUMNS, type CsvColumn } from '../core/codes.ts';
import { type ColumnMapping, resolveHeader } from '../core/csv/header-aliases.ts';
import { type CanonicalRecord, emptyMapped, type MappedSource } from './mapped-source.ts';
import { readRecords } from './read-records.ts';

const Column = z.enum(CSV_COLUMNS);

/**
 * A mapping file: the portal's saved mapping (`{ "mapping": { "their header": "template column" } }`, as
 * `GET /api/v1/jurisdictions/{id}/mapping` returns it), optionally with `defaults`, values for columns the
 * publisher does not carry (`{ "services": "employment-services" }`). A bare `{ header: column }` object is
 * accepted too.
 */
export const MappingFileSchema = z.union([
  z
    .object({
      mapping: z.record(z.string(), Column),
      defaults: z.partialRecord(Column, z.string()).optional(),
    })
    .strict(),
  z.record(z.string(), Column).transform((mapping) => ({ mapping, defaults: undefined })),
]);
export type MappingFile = z.output<typeof MappingFileSchema>;

/** Parses a mapping file's JSON text, with a message that names the bad entry. */
export function parseMappingFile(json: string): MappingFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`The mapping file is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = MappingFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `The mapping file should be { "mapping": { "<your header>": "<template column>" } } with template columns among ${CSV_COLUMNS.join(', ')}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/**
 * Maps any publisher's CSV with a saved column mapping: each header goes to the column the mapping names, else
 * to the template column its name (or a French/English alias) matches, exactly as an upload with that mapping.
 */
export function mapWithColumnMapping(bytes: Uint8Array, file: MappingFile): MappedSource {
  const out = emptyMapped();
  const mapping: ColumnMapping = file.mapping;
  const columnOf = new Map<string, CsvColumn | undefined>();
  for (const { row, cells } of readRecords(bytes)) {
    const record: CanonicalRecord = { ...file.defaults };
    for (const [header, value] of Object.entries(cells)) {
      if (!columnOf.has(header)) columnOf.set(header, resolveHeader(header, mapping));
      const column = columnOf.get(header);
      if (!column || value === '') continue;
      // The canonical CSV we hand on is comma-delimited, so a decimal comma ("46,0878") becomes a point here.
      record[column] =
        (column === 'lat' || column === 'lon') && /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
    }
    out.rows.push(record);
    out.sourceRows.push(String(row));
  }
  return out;
}
