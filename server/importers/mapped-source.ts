import type { CsvColumn } from '../core/codes.ts';

/** One canonical CSV row as an importer builds it: absent columns are written as empty cells. */
export type CanonicalRecord = Partial<Record<CsvColumn, string>>;

/** A source row the importer could not turn into a canonical row, and why (shown in the import summary). */
export interface LeftOut {
  /** Where the row sits in the publisher's file: a spreadsheet row number, or a feature id. */
  source_row: string;
  id: string;
  name: string;
  reason: string;
}

/** Something an importer changed or could not read in a row it kept (e.g. hours text it could not parse). */
export interface ImportNote {
  source_row: string;
  id: string;
  message: string;
}

/**
 * What a publisher-specific importer returns: canonical rows for the ingest pipeline, plus notes. Pure data, so
 * each importer is testable without a database.
 */
/** Where a town is, by name and two-letter province, from the reference places (the importers' only lookup). */
export type TownLocator = (town: string, province: string) => { lat: number; lon: number } | undefined;

export interface MappedSource {
  rows: CanonicalRecord[];
  /** Source row of each entry of `rows`, same order, so pipeline errors can name the publisher's row. */
  sourceRows: string[];
  leftOut: LeftOut[];
  notes: ImportNote[];
  /**
   * Ids of rows whose coordinates the publisher itself derived from a town or postal-area centre. The canonical CSV
   * has no column for this, so the runner sets `approximate` on those points after validation (see run-import.ts).
   */
  approximateIds: Set<string>;
}

/** An empty result to fill. */
export function emptyMapped(): MappedSource {
  return { rows: [], sourceRows: [], leftOut: [], notes: [], approximateIds: new Set() };
}
