import { createHash } from 'node:crypto';
import { type CanonicalRecord, emptyMapped, type MappedSource } from './mapped-source.ts';
import { readRecords } from './read-records.ts';

const POSTAL = /^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/i;

/** ODEF writes `..` for a missing value. */
const cell = (v: string | undefined) => (v === undefined || v === '..' ? '' : v);

/**
 * Maps Statistics Canada's Open Database of Educational Facilities (`odef-v2-2021-04-07.csv`) to canonical rows
 * of the demo layer `demo-odef`. These are schools, not service points: the layer exists for scale tests and the
 * planner, and its jurisdiction's name says so.
 *
 * Ids: `Source_ID` is only unique within one provider (and sometimes missing), so the id is the province plus
 * the provider's id, or a hash of name and address when there is none.
 *
 * Rows without coordinates are left out (and reported) rather than placed at their postal-area centre: a few
 * thousand schools stacked on FSA centroids would read as co-located sites in the planner's analyses.
 */
export function mapOdef(bytes: Uint8Array): MappedSource {
  const out = emptyMapped();
  for (const { row, cells } of readRecords(bytes)) {
    const prov = cell(cells.Prov_Terr).toLowerCase();
    const sourceId = cell(cells.Source_ID);
    const name = cell(cells.Facility_Name);
    const id = sourceId
      ? `${prov}-${sourceId}`
      : `${prov}-h${createHash('sha1')
          .update(`${name}|${cell(cells.Full_Addr)}`)
          .digest('hex')
          .slice(0, 10)}`;
    const lat = cell(cells.Latitude);
    const lon = cell(cells.Longitude);
    if (!lat || !lon) {
      out.leftOut.push({
        source_row: String(row),
        id,
        name,
        reason: 'no coordinates in the source (not placed at the postal-area centre: see odef.ts).',
      });
      continue;
    }
    const street = [cell(cells.Unit), cell(cells.Street_No), cell(cells.Street_Name)]
      .filter(Boolean)
      .join(' ');
    const postal = cell(cells.Postal_Code);
    const record: CanonicalRecord = {
      id,
      // Quebec's facilities are listed under their French names.
      [prov === 'qc' ? 'name_fr' : 'name_en']: name,
      site_type: 'centre',
      address: street || cell(cells.Full_Addr),
      city: cell(cells.City),
      province: prov,
      // A handful of cells hold a partial code ("T5"); the coordinates place the school, so drop those.
      postal_code: POSTAL.test(postal) ? postal : '',
      lat,
      lon,
      services: 'education',
    };
    out.rows.push(record);
    out.sourceRows.push(String(row));
  }
  return out;
}
