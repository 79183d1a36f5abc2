import type { Catalog } from '../catalog.ts';
import type { Accessibility } from '../codes.ts';
import type { ServicePoint } from '../schemas.ts';
import { weeklyRules } from './schedule.ts';
import { HSDS_TABLE_NAMES, HSDS_TABLES, type HsdsRow, type HsdsTable, type HsdsTables } from './schema.ts';
import { stableUuid } from './uuid.ts';

/** `location.external_identifier_type` of our points: the identifier is the global id `<jurisdiction>:<id>`. */
export const OUR_ID_TYPE = 'pan-canadian-service-map';

/** HSDS `accessibility.description` of each of our codes (the code itself goes in `details`). */
export const ACCESSIBILITY_TEXT: Record<Accessibility, string> = {
  step_free: 'Step-free access',
  accessible_parking: 'Accessible parking',
  accessible_washroom: 'Accessible washroom',
  hearing_loop: 'Hearing loop',
  vri: 'Video remote interpreting',
  wayfinding_beacon: 'Wayfinding beacon',
  large_print: 'Large print documents',
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A row with every field of the table, empty unless given: the CSV then has the specification's columns. */
function row(table: HsdsTable, values: HsdsRow): HsdsRow {
  return Object.fromEntries(HSDS_TABLES[table].map((f) => [f.name, values[f.name] ?? '']));
}

/**
 * Our published points as HSDS 3.0 tables. One organization per jurisdiction; one service per (jurisdiction,
 * service code), named from the taxonomy; one location per point, linked to its services by
 * `service_at_location`; its address, phones (phone and toll-free), weekly schedule, languages and
 * accessibility in their own tables. Ids are UUIDs derived from our stable ids (see uuid.ts).
 */
export function toHsds(points: readonly ServicePoint[], catalog: Catalog): HsdsTables {
  const t = Object.fromEntries(HSDS_TABLE_NAMES.map((n) => [n, [] as HsdsRow[]])) as HsdsTables;
  const orgs = new Set<string>();
  const services = new Set<string>();
  for (const p of points) {
    const orgId = stableUuid(`organization:${p.jurisdiction}`);
    if (!orgs.has(p.jurisdiction)) {
      orgs.add(p.jurisdiction);
      const j = catalog.jurisdictionById.get(p.jurisdiction);
      t.organization.push(
        row('organization', {
          id: orgId,
          name: j?.name_en ?? p.jurisdiction,
          alternate_name: j?.name_fr ?? '',
          description: `${p.level[0]?.toUpperCase()}${p.level.slice(1)} government (jurisdiction id "${p.jurisdiction}" in the Pan-Canadian Service Map).`,
          website: j?.website ?? '',
          legal_status: 'government',
        }),
      );
    }
    const locationId = stableUuid(`location:${p.id}`);
    t.location.push(
      row('location', {
        id: locationId,
        location_type: 'physical',
        organization_id: orgId,
        // name: English; alternate_name: French (validated points always carry both, see docs/hsds.md).
        name: p.name_en,
        alternate_name: p.name_fr,
        latitude: String(p.lat),
        longitude: String(p.lon),
        external_identifier: p.id,
        external_identifier_type: OUR_ID_TYPE,
      }),
    );
    for (const code of p.services) {
      const serviceId = stableUuid(`service:${p.jurisdiction}:${code}`);
      if (!services.has(serviceId)) {
        services.add(serviceId);
        const s = catalog.serviceByCode.get(code);
        t.service.push(
          row('service', {
            id: serviceId,
            organization_id: orgId,
            name: s?.name_en ?? code,
            alternate_name: s?.name_fr ?? '',
            status: 'active',
            url: p.online_url,
          }),
        );
      }
      t.service_at_location.push(
        row('service_at_location', {
          id: stableUuid(`service_at_location:${p.id}:${code}`),
          service_id: serviceId,
          location_id: locationId,
        }),
      );
    }
    if (p.address || p.city || p.postal_code) {
      t.address.push(
        row('address', {
          id: stableUuid(`address:${p.id}`),
          location_id: locationId,
          address_1: p.address,
          city: p.city,
          state_province: p.province.toUpperCase(),
          postal_code: p.postal_code,
          country: 'CA',
          address_type: 'physical',
        }),
      );
    }
    for (const [kind, value] of [
      ['phone', p.phone],
      ['toll-free', p.toll_free],
    ] as const) {
      if (!value) continue;
      const [number = '', extension = ''] = value.split(/\s*ext\.\s*/);
      t.phone.push(
        row('phone', {
          id: stableUuid(`phone:${p.id}:${kind}`),
          location_id: locationId,
          number,
          extension,
          type: 'voice',
          description: kind,
        }),
      );
    }
    if (p.hours) {
      const rules = weeklyRules(p.hours) ?? [];
      const rows = rules.length > 0 ? rules : [undefined];
      rows.forEach((r, i) => {
        t.schedule.push(
          row('schedule', {
            id: stableUuid(`schedule:${p.id}:${i}`),
            location_id: locationId,
            ...(r
              ? {
                  freq: 'WEEKLY',
                  wkst: 'MO',
                  byday: r.byday.join(','),
                  opens_at: r.opens_at,
                  closes_at: r.closes_at,
                }
              : {}),
            description: p.hours,
          }),
        );
      });
    }
    for (const code of p.languages) {
      t.language.push(
        row('language', {
          id: stableUuid(`language:${p.id}:${code}`),
          location_id: locationId,
          name: languageName(code),
          code,
        }),
      );
    }
    for (const code of p.accessibility) {
      t.accessibility.push(
        row('accessibility', {
          id: stableUuid(`accessibility:${p.id}:${code}`),
          location_id: locationId,
          description: ACCESSIBILITY_TEXT[code],
          details: code,
        }),
      );
    }
  }
  return t;
}
