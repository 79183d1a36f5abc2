import type { SiteType } from '../core/codes.ts';
import { haversineM } from '../core/geo/distance.ts';
import { foldText } from '../core/text.ts';
import { type CanonicalRecord, emptyMapped, type MappedSource, type TownLocator } from './mapped-source.ts';
import { readRecords, splitCivicAddress } from './read-records.ts';

/** Service Canada's national line and online portal: the alternatives for people who cannot travel. */
export const SERVICE_CANADA_TOLL_FREE = '1-800-622-6232';
export const SERVICE_CANADA_ONLINE =
  'https://www.canada.ca/en/employment-social-development/corporate/portfolio/service-canada.html';

const CENTRE_SERVICES = ['sin', 'ei', 'cpp-oas', 'child-benefits', 'disability-benefits'];
/** Outreach sites and delivery partners help with the most asked-for programs, not the full counter. */
const OUTREACH_SERVICES = ['sin', 'ei', 'cpp-oas'];

/** `center_type` as published → our site type and the services that type of office offers. */
const CENTER_TYPES: Record<string, { siteType: SiteType; services: string[] }> = {
  'service canada centre': { siteType: 'centre', services: CENTRE_SERVICES },
  'passport office': { siteType: 'centre', services: ['passport'] },
  'service canada centre and passport office (consolidated)': {
    siteType: 'centre',
    services: [...CENTRE_SERVICES, 'passport'],
  },
  'scheduled outreach site': { siteType: 'outreach', services: OUTREACH_SERVICES },
  'service delivery partner': { siteType: 'partner', services: OUTREACH_SERVICES },
};

const NAME_SUFFIXES =
  /\s+(service canada centre and passport office|service canada centre|scheduled outreach site|passport office|service delivery partner)\b.*$/i;

const PROVINCE_WORDS = new Set(
  [
    'british columbia',
    'alberta',
    'saskatchewan',
    'manitoba',
    'ontario',
    'quebec',
    'new brunswick',
    'nova scotia',
    'prince edward island',
    'newfoundland and labrador',
    'yukon',
    'northwest territories',
    'nunavut',
  ].map(foldText),
);
const POSTAL = /^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/i;

/** "Services offered in English and French" → `en;fr`. */
export function serviceCanadaLanguages(text: string): string {
  const t = text.toLowerCase();
  return [t.includes('english') ? 'en' : '', t.includes('french') ? 'fr' : ''].filter(Boolean).join(';');
}

/** Beyond this, a postal area's centre is a worse position for an office than its town's (an urban area's is closer). */
const TOWN_OVER_FSA_M = 10_000;

/**
 * Maps Service Canada's office listing (`service-canada-offices-2024-02.csv`) to canonical rows of `fed-esdc`.
 *
 * Coordinates: the publisher's are all approximate (a town centre from GeoNames or an FSA centroid, see
 * `geocode_method`), and the canonical CSV has no column to say so. We keep them, because they are the only
 * position of the 378 rows that have no postal code, and list every located row in `approximateIds` so the
 * runner flags it `approximate`. A row with no coordinates but a postal code goes to the pipeline with empty
 * lat/lon, which places it at its FSA centroid and flags it itself. A row with neither is left out and reported.
 *
 * A row the publisher placed at its postal area's centre (`fsa_centroid`) goes to its own town instead when `townAt`
 * knows the town and the centre is more than `TOWN_OVER_FSA_M` from it: a rural area's centre can be 100 km or more
 * from the office (Slave Lake's was 113 km away, and the planner counted the town as uncovered).
 */
export function mapServiceCanada(bytes: Uint8Array, townAt?: TownLocator): MappedSource {
  const out = emptyMapped();
  for (const { row, cells } of readRecords(bytes)) {
    const id = cells.rc_code ?? '';
    const name = cells.name ?? '';
    const type = CENTER_TYPES[(cells.center_type ?? '').toLowerCase()];
    const hasCoords = Boolean(cells.latitude && cells.longitude);
    const postal = cells.postal_code ?? '';
    if (!hasCoords && !postal) {
      out.leftOut.push({
        source_row: String(row),
        id,
        name,
        reason: `no coordinates and no postal code in the source (geocode_method "${cells.geocode_method ?? ''}"), so the site cannot be placed on the map.`,
      });
      continue;
    }
    if (!type) {
      out.notes.push({
        source_row: String(row),
        id,
        message: `unknown center_type "${cells.center_type ?? ''}": published as a centre with no services listed.`,
      });
    }
    const civic = splitCivicAddress(
      cells.address ?? '',
      (part) => POSTAL.test(part) || PROVINCE_WORDS.has(foldText(part)),
    );
    const city = civic.city || name.replace(NAME_SUFFIXES, '').trim();
    const province = (cells.province ?? '').toLowerCase();
    let [lat, lon] = hasCoords ? [cells.latitude ?? '', cells.longitude ?? ''] : ['', ''];
    const town = hasCoords && cells.geocode_method === 'fsa_centroid' ? townAt?.(city, province) : undefined;
    const off = town ? haversineM(Number(lon), Number(lat), town.lon, town.lat) : 0;
    if (town && off > TOWN_OVER_FSA_M) {
      [lat, lon] = [String(town.lat), String(town.lon)];
      out.notes.push({
        source_row: String(row),
        id,
        message: `placed at the centre of ${city} rather than of its postal area, ${Math.round(off / 1000)} km away.`,
      });
    }
    const record: CanonicalRecord = {
      id,
      name_en: name,
      site_type: type?.siteType ?? 'centre',
      address: civic.address,
      // Rows without an address still name their community: "Yellowknife Service Canada Centre".
      city,
      province,
      postal_code: postal,
      lat,
      lon,
      services: (type?.services ?? []).join(';'),
      languages: serviceCanadaLanguages(cells.languages ?? ''),
      toll_free: SERVICE_CANADA_TOLL_FREE,
      website: cells.source_url ?? '',
      online_url: SERVICE_CANADA_ONLINE,
    };
    if (hasCoords) out.approximateIds.add(id);
    out.rows.push(record);
    out.sourceRows.push(String(row));
  }
  return out;
}
