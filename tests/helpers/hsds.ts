import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect } from 'vitest';
import type { ServicePoint } from '../../server/core/schemas.ts';

/**
 * Facts of the Open Referral HSDS 3.0 tabular form (https://docs.openreferral.org/en/3.0/hsds/schema_reference.html),
 * with each table's file name in the package, written out here rather than imported from server/core/hsds so the test checks the export against the
 * specification, not against itself: each table's field names, and its required fields (required in the
 * schema, or required by the tabular form for the foreign keys that link tables).
 */
export const HSDS_3_0 = {
  organization: {
    path: 'organizations.csv',
    fields:
      'id name alternate_name description email website tax_status tax_id year_incorporated legal_status logo uri parent_organization_id',
    required: 'id name description',
  },
  service: {
    path: 'services.csv',
    fields:
      'id organization_id program_id name alternate_name description url email status interpretation_services application_process fees_description wait_time fees accreditations eligibility_description minimum_age maximum_age assured_date assurer_email licenses alert last_modified',
    required: 'id organization_id name status',
  },
  location: {
    path: 'locations.csv',
    fields:
      'id location_type url organization_id name alternate_name description transportation latitude longitude external_identifier external_identifier_type',
    required: 'id location_type',
  },
  service_at_location: {
    path: 'service_at_location.csv',
    fields: 'id service_id location_id description',
    required: 'id service_id location_id',
  },
  address: {
    path: 'addresses.csv',
    fields:
      'id location_id attention address_1 address_2 city region state_province postal_code country address_type',
    required: 'id address_1 city state_province postal_code country address_type',
  },
  phone: {
    path: 'phones.csv',
    fields:
      'id location_id service_id organization_id contact_id service_at_location_id number extension type description',
    required: 'id number',
  },
  schedule: {
    path: 'schedules.csv',
    fields:
      'id service_id location_id service_at_location_id valid_from valid_to dtstart timezone until count wkst freq interval byday byweekno bymonthday byyearday description opens_at closes_at schedule_link attending_type notes',
    required: 'id',
  },
  language: {
    path: 'languages.csv',
    fields: 'id service_id location_id phone_id name code note',
    required: 'id',
  },
  accessibility: {
    path: 'accessibility.csv',
    fields: 'id location_id description details url',
    required: 'id',
  },
} as const;

const ENUMS: Record<string, readonly string[]> = {
  'service.status': ['active', 'inactive', 'defunct', 'temporarily closed'],
  'location.location_type': ['physical', 'postal', 'virtual'],
  'address.address_type': ['physical', 'postal', 'virtual'],
  'schedule.freq': ['WEEKLY', 'MONTHLY', ''],
};
/**
 * Required fields HSDS lets a publisher leave empty when the source lacks them ("A null value is acceptable for
 * required fields", HSDS publication guidance): parts of an address a site does not have.
 */
const MAY_BE_NULL = new Set(['address.address_1', 'address.city', 'address.postal_code']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type Tables = Record<keyof typeof HSDS_3_0, Record<string, string>[]>;

/** Checks a zip against the HSDS 3.0 table schemas (names, required fields, ids, enums, links) and returns its tables. */
export function validateHsdsZip(zip: Uint8Array): Tables {
  const files = unzipSync(zip);
  const descriptor = JSON.parse(strFromU8(files['datapackage.json'] ?? new Uint8Array())) as {
    profile: string;
    resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
  };
  expect(descriptor.profile).toBe('tabular-data-package');
  expect(descriptor.resources.map((r) => r.name).sort()).toEqual(Object.keys(HSDS_3_0).sort());
  const tables = {} as Tables;
  const ids = new Map<string, Set<string>>();
  for (const [table, spec] of Object.entries(HSDS_3_0) as [keyof Tables, (typeof HSDS_3_0)[keyof Tables]][]) {
    const file = files[spec.path];
    expect(file, `${spec.path} is in the zip`).toBeDefined();
    expect(descriptor.resources.find((r) => r.name === table)?.path).toBe(spec.path);
    const parsed = Papa.parse<Record<string, string>>(strFromU8(file ?? new Uint8Array()), {
      header: true,
      skipEmptyLines: true,
    });
    const header = parsed.meta.fields ?? [];
    const allowed = spec.fields.split(' ');
    expect(
      header.filter((h) => !allowed.includes(h)),
      `${table}: fields not in HSDS 3.0`,
    ).toEqual([]);
    for (const r of spec.required.split(' ')) expect(header, `${table} has required field ${r}`).toContain(r);
    expect(descriptor.resources.find((r) => r.name === table)?.schema.fields.map((f) => f.name)).toEqual(
      header,
    );
    const seen = new Set<string>();
    for (const row of parsed.data) {
      for (const r of spec.required.split(' ')) {
        if (!MAY_BE_NULL.has(`${table}.${r}`)) expect(row[r], `${table}.${r} of ${row.id}`).not.toBe('');
      }
      expect(row.id).toMatch(UUID);
      expect(seen.has(row.id ?? '')).toBe(false);
      seen.add(row.id ?? '');
      for (const [k, values] of Object.entries(ENUMS)) {
        const [t, f] = k.split('.');
        if (t === table && f) expect(values).toContain(row[f]);
      }
    }
    ids.set(table, seen);
    tables[table] = parsed.data;
  }
  for (const a of tables.address) expect(a.country).toBe('CA');
  for (const l of tables.location) {
    expect(Number.isFinite(Number(l.latitude)) && Number.isFinite(Number(l.longitude))).toBe(true);
    expect(ids.get('organization')?.has(l.organization_id ?? '')).toBe(true);
  }
  for (const s of tables.service) expect(ids.get('organization')?.has(s.organization_id ?? '')).toBe(true);
  for (const l of tables.service_at_location) {
    expect(ids.get('service')?.has(l.service_id ?? '')).toBe(true);
    expect(ids.get('location')?.has(l.location_id ?? '')).toBe(true);
  }
  for (const table of ['address', 'phone', 'schedule', 'language', 'accessibility'] as const) {
    for (const r of tables[table]) expect(ids.get('location')?.has(r.location_id ?? '')).toBe(true);
  }
  return tables;
}

/** The fields of a point that an HSDS package holds (see docs/hsds.md), for comparing a round trip. */
export function hsdsFields(p: ServicePoint) {
  return {
    id: p.id,
    name_en: p.name_en,
    name_fr: p.name_fr,
    lat: p.lat,
    lon: p.lon,
    address: p.address,
    city: p.city,
    province: p.province,
    postal_code: p.postal_code,
    services: [...p.services].sort(),
    languages: p.languages,
    accessibility: p.accessibility,
    hours: p.hours,
    phone: p.phone,
    toll_free: p.toll_free,
  };
}
