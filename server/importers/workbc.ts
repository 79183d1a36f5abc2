import { emptyMapped, type MappedSource } from './mapped-source.ts';
import { parseWorkBcHours } from './workbc-hours.ts';

interface WorkBcFeature {
  id?: string | number;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v));

/** "920 Alder Street, Campbell River, BC V9W 2P8" → street, city, postal code. */
export function splitWorkBcAddress(full: string): { address: string; city: string; postal: string } {
  const parts = full.split(',').map((s) => s.trim());
  const last = parts.at(-1) ?? '';
  const m = /^(?:BC|B\.C\.)?\s*([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i.exec(last);
  if (!m || parts.length < 3) return { address: full.trim(), city: '', postal: m?.[1] ?? '' };
  return { address: parts.slice(0, -2).join(', '), city: parts.at(-2) ?? '', postal: m[1] ?? '' };
}

/**
 * Maps the WorkBC centres GeoJSON (`workbc-centres-2021.geojson`) to canonical rows of `bc`. Coordinates are
 * building-level. The free-text hours become `opening_hours` (workbc-hours.ts); a statement it cannot read is
 * reported as a note and the rest of the centre's hours are kept.
 */
export function mapWorkBc(bytes: Uint8Array): MappedSource {
  const out = emptyMapped();
  let doc: { features?: WorkBcFeature[] };
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new Error(`The WorkBC file is not valid GeoJSON: ${(e as Error).message}`);
  }
  (doc.features ?? []).forEach((f, i) => {
    const p = f.properties ?? {};
    const id = text(f.id) || text(p.storefrontId) || '';
    const where = `feature ${i + 1}${f.id ? ` (${f.id})` : ''}`;
    const name = text(p.name) || text(p.storefrontName);
    const coords = f.geometry?.type === 'Point' ? (f.geometry.coordinates as unknown[]) : undefined;
    const [lon, lat] = (coords ?? []).map(Number);
    if (!id || lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      out.leftOut.push({
        source_row: where,
        id,
        name,
        reason: !id ? 'the feature has no id.' : 'the feature has no point geometry.',
      });
      return;
    }
    const hours = parseWorkBcHours([p.hours1, p.hours2, p.hours3, p.hours4].map(text));
    for (const s of hours.unreadable) {
      out.notes.push({
        source_row: where,
        id,
        message: `hours statement not understood and left out of opening_hours: "${s}"${hours.hours ? '' : ' (no hours published)'}.`,
      });
    }
    const civic = splitWorkBcAddress(text(p.address));
    out.rows.push({
      id,
      name_en: name,
      site_type: 'centre',
      address: civic.address,
      city: civic.city,
      province: 'bc',
      postal_code: civic.postal,
      lat: String(lat),
      lon: String(lon),
      services: 'employment-services',
      languages: text(p.hasFrench).toUpperCase() === 'Y' ? 'en;fr' : 'en',
      hours: hours.hours,
      phone: text(p.phone).replace(/\s+/g, ' '),
      email: text(p.email).replace(/^mailto:/i, ''),
      website: text(p.website).replace(/^http:\/\//i, 'https://'),
      online_url: 'https://www.workbc.ca/',
    });
    out.sourceRows.push(where);
  });
  return out;
}
