import { ACCESSIBILITY } from '../core/codes.ts';
import { parseHours } from '../core/hours.ts';
import { unzipDataPackage } from '../core/hsds/data-package.ts';
import { rulesToHours } from '../core/hsds/schedule.ts';
import type { HsdsRow } from '../core/hsds/schema.ts';
import { ACCESSIBILITY_TEXT, OUR_ID_TYPE } from '../core/hsds/to-hsds.ts';
import type { Service } from '../core/schemas.ts';
import { foldText } from '../core/text.ts';
import { emptyMapped, type MappedSource } from './mapped-source.ts';

export interface HsdsImportOptions {
  /** The jurisdiction the locations are published as. */
  jurisdiction: string;
  /** The service taxonomy: HSDS services are matched to our codes by their English or French name. */
  services: readonly Service[];
}

function groupBy(rows: readonly HsdsRow[], key: string): Map<string, HsdsRow[]> {
  const m = new Map<string, HsdsRow[]>();
  for (const r of rows) {
    const k = r[key] ?? '';
    if (k) m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
}

/**
 * Maps an HSDS 3.0 tabular data package (zip) to canonical rows: one per `location`, with its address, phones,
 * schedule, languages, accessibility and the services linked by `service_at_location`. A package we exported
 * keeps our ids (`external_identifier`), and only the locations of `options.jurisdiction` are taken from it;
 * another publisher's package keeps its own location ids. Services whose name is not in our taxonomy are noted.
 */
export function mapHsdsPackage(bytes: Uint8Array, options: HsdsImportOptions): MappedSource {
  const { tables } = unzipDataPackage(bytes);
  const out = emptyMapped();
  const codeByName = new Map<string, string>();
  for (const s of options.services) {
    codeByName.set(foldText(s.name_en), s.code);
    codeByName.set(foldText(s.name_fr), s.code);
    codeByName.set(foldText(s.code), s.code);
  }
  const serviceById = new Map(tables.service.map((s) => [s.id ?? '', s]));
  const sal = groupBy(tables.service_at_location, 'location_id');
  const addresses = groupBy(tables.address, 'location_id');
  const phones = groupBy(tables.phone, 'location_id');
  const schedules = groupBy(tables.schedule, 'location_id');
  const languages = groupBy(tables.language, 'location_id');
  const access = groupBy(tables.accessibility, 'location_id');
  const accessByText = new Map(
    Object.entries(ACCESSIBILITY_TEXT).map(([code, text]) => [foldText(text), code]),
  );
  const prefix = `${options.jurisdiction}:`;
  let otherJurisdictions = 0;
  tables.location.forEach((loc, i) => {
    const where = `location.csv row ${i + 2}`;
    const locId = loc.id ?? '';
    let id = locId;
    if (loc.external_identifier_type === OUR_ID_TYPE && loc.external_identifier) {
      if (!loc.external_identifier.startsWith(prefix)) {
        otherJurisdictions++;
        return;
      }
      id = loc.external_identifier.slice(prefix.length);
    }
    const name = loc.name ?? '';
    const alt = loc.alternate_name ?? '';
    const addr = addresses.get(locId)?.[0];
    const phoneRows = phones.get(locId) ?? [];
    const phoneOf = (r: HsdsRow | undefined) =>
      r ? `${r.number ?? ''}${r.extension ? ` ext. ${r.extension}` : ''}` : '';
    const tollFree = phoneRows.find((r) => /toll/i.test(r.description ?? ''));
    const phone = phoneRows.find((r) => r !== tollFree);
    const codes = new Set<string>();
    for (const link of sal.get(locId) ?? []) {
      const s = serviceById.get(link.service_id ?? '');
      const code =
        s && (codeByName.get(foldText(s.name ?? '')) ?? codeByName.get(foldText(s.alternate_name ?? '')));
      if (code) codes.add(code);
      else
        out.notes.push({
          source_row: where,
          id,
          message: `service "${s?.name ?? link.service_id}" is not in our service taxonomy (data/services.csv), so it is not listed.`,
        });
    }
    const accessibility = (access.get(locId) ?? [])
      .map((r) =>
        (ACCESSIBILITY as readonly string[]).includes(r.details ?? '')
          ? r.details
          : accessByText.get(foldText(r.description ?? '')),
      )
      .filter((c): c is string => Boolean(c));
    out.rows.push({
      id,
      // Our export writes the English name in name and the French one in alternate_name; validation fills
      // whichever is empty with the other, as it does for uploads.
      name_en: name,
      name_fr: alt,
      address: addr?.address_1 ?? '',
      city: addr?.city ?? '',
      province: (addr?.state_province ?? '').toLowerCase(),
      postal_code: addr?.postal_code ?? '',
      lat: loc.latitude ?? '',
      lon: loc.longitude ?? '',
      services: [...codes].join(';'),
      languages: (languages.get(locId) ?? [])
        .map((l) => l.code ?? '')
        .filter(Boolean)
        .join(';'),
      accessibility: accessibility.join(';'),
      hours: hoursOf(schedules.get(locId) ?? [], (message) =>
        out.notes.push({ source_row: where, id, message }),
      ),
      phone: phoneOf(phone),
      toll_free: phoneOf(tollFree),
    });
    out.sourceRows.push(where);
  });
  if (otherJurisdictions > 0) {
    out.notes.push({
      source_row: 'location.csv',
      id: '',
      message: `${otherJurisdictions} locations of other jurisdictions in this package were not imported into ${options.jurisdiction}.`,
    });
  }
  return out;
}

/**
 * The `opening_hours` text our export writes in `description` when it is valid `opening_hours`, else the weekly
 * rules rebuilt from `byday`/`opens_at`/`closes_at`. Free-text descriptions of another publisher are noted.
 */
function hoursOf(rows: readonly HsdsRow[], note: (message: string) => void): string {
  const described = rows.find((r) => r.description)?.description ?? '';
  if (described && parseHours(described).ok) return described;
  const rebuilt = rulesToHours(
    rows
      .filter((r) => (r.freq ?? 'WEEKLY').toUpperCase() === 'WEEKLY' && r.byday)
      .map((r) => ({
        byday: (r.byday ?? '').split(',').map((d) => d.trim()),
        // "09:00-05:00" (with a UTC offset) → local "09:00".
        opens_at: (r.opens_at ?? '').slice(0, 5),
        closes_at: (r.closes_at ?? '').slice(0, 5),
      })),
  );
  if (!rebuilt && described)
    note(`schedule "${described}" is not opening_hours and has no weekly rule: no hours published.`);
  return rebuilt;
}

/** The jurisdictions of the locations of a package we exported (from their `external_identifier`), with counts. */
export function packageJurisdictions(bytes: Uint8Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (const loc of unzipDataPackage(bytes).tables.location) {
    if (loc.external_identifier_type !== OUR_ID_TYPE) continue;
    const j = (loc.external_identifier ?? '').split(':')[0] ?? '';
    if (j) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  return counts;
}
