/**
 * The HSDS 3.0 tables this project reads and writes, as the Open Referral tabular data package defines them
 * (https://docs.openreferral.org/en/3.0/hsds/schema_reference.html): field names in specification order, their
 * types, and which are required. Array and object fields of the JSON form have no column in the tabular form.
 * `required` includes the foreign keys the tabular form requires (`service.organization_id`, the two keys of
 * `service_at_location`).
 */

export interface HsdsField {
  name: string;
  type: 'string' | 'number';
  format?: 'uuid' | 'email' | 'uri' | 'date-time';
  required?: true;
  enum?: readonly string[];
}

const f = (
  name: string,
  extra: Omit<HsdsField, 'name' | 'type'> = {},
  type: HsdsField['type'] = 'string',
) => ({
  name,
  type,
  ...extra,
});
const id = f('id', { format: 'uuid', required: true });
const key = (name: string, required = false) =>
  f(name, { format: 'uuid', ...(required ? { required: true } : {}) });

export const HSDS_TABLES = {
  organization: [
    id,
    f('name', { required: true }),
    f('alternate_name'),
    f('description', { required: true }),
    f('email', { format: 'email' }),
    f('website', { format: 'uri' }),
    f('tax_status'),
    f('tax_id'),
    f('year_incorporated', {}, 'number'),
    f('legal_status'),
    f('logo'),
    f('uri', { format: 'uri' }),
    key('parent_organization_id'),
  ],
  service: [
    id,
    key('organization_id', true),
    key('program_id'),
    f('name', { required: true }),
    f('alternate_name'),
    f('description'),
    f('url', { format: 'uri' }),
    f('email', { format: 'email' }),
    f('status', { required: true, enum: ['active', 'inactive', 'defunct', 'temporarily closed'] }),
    f('interpretation_services'),
    f('application_process'),
    f('fees_description'),
    f('wait_time'),
    f('fees'),
    f('accreditations'),
    f('eligibility_description'),
    f('minimum_age', {}, 'number'),
    f('maximum_age', {}, 'number'),
    f('assured_date'),
    f('assurer_email', { format: 'email' }),
    f('licenses'),
    f('alert'),
    f('last_modified', { format: 'date-time' }),
  ],
  location: [
    id,
    f('location_type', { required: true, enum: ['physical', 'postal', 'virtual'] }),
    f('url', { format: 'uri' }),
    key('organization_id'),
    f('name'),
    f('alternate_name'),
    f('description'),
    f('transportation'),
    f('latitude', {}, 'number'),
    f('longitude', {}, 'number'),
    f('external_identifier'),
    f('external_identifier_type'),
  ],
  service_at_location: [id, key('service_id', true), key('location_id', true), f('description')],
  address: [
    id,
    key('location_id'),
    f('attention'),
    f('address_1', { required: true }),
    f('address_2'),
    f('city', { required: true }),
    f('region'),
    f('state_province', { required: true }),
    f('postal_code', { required: true }),
    f('country', { required: true }),
    f('address_type', { required: true, enum: ['physical', 'postal', 'virtual'] }),
  ],
  phone: [
    id,
    key('location_id'),
    key('service_id'),
    key('organization_id'),
    key('contact_id'),
    key('service_at_location_id'),
    f('number', { required: true }),
    f('extension', {}, 'number'),
    f('type'),
    f('description'),
  ],
  schedule: [
    id,
    key('service_id'),
    key('location_id'),
    key('service_at_location_id'),
    f('valid_from'),
    f('valid_to'),
    f('dtstart'),
    f('timezone', {}, 'number'),
    f('until'),
    f('count', {}, 'number'),
    f('wkst', { enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }),
    f('freq', { enum: ['WEEKLY', 'MONTHLY'] }),
    f('interval', {}, 'number'),
    f('byday'),
    f('byweekno'),
    f('bymonthday'),
    f('byyearday'),
    f('description'),
    f('opens_at'),
    f('closes_at'),
    f('schedule_link', { format: 'uri' }),
    f('attending_type'),
    f('notes'),
  ],
  language: [id, key('service_id'), key('location_id'), key('phone_id'), f('name'), f('code'), f('note')],
  accessibility: [id, key('location_id'), f('description'), f('details'), f('url', { format: 'uri' })],
} as const satisfies Record<string, readonly HsdsField[]>;

export type HsdsTable = keyof typeof HSDS_TABLES;
export const HSDS_TABLE_NAMES = Object.keys(HSDS_TABLES) as HsdsTable[];

/**
 * File name of each table in the package, as the specification's schema files give it (`"path"`): mostly
 * plural (`locations.csv`), but `service_at_location.csv` and `accessibility.csv` are not.
 */
export const HSDS_PATHS: Record<HsdsTable, string> = {
  organization: 'organizations.csv',
  service: 'services.csv',
  location: 'locations.csv',
  service_at_location: 'service_at_location.csv',
  address: 'addresses.csv',
  phone: 'phones.csv',
  schedule: 'schedules.csv',
  language: 'languages.csv',
  accessibility: 'accessibility.csv',
};

/** One table's rows: field name → cell (empty string when absent). */
export type HsdsRow = Record<string, string>;
export type HsdsTables = Record<HsdsTable, HsdsRow[]>;

/** Foreign keys of the tabular package (field → table whose `id` it references). */
export const HSDS_FOREIGN_KEYS: Partial<Record<HsdsTable, Record<string, HsdsTable>>> = {
  service: { organization_id: 'organization' },
  location: { organization_id: 'organization' },
  service_at_location: { service_id: 'service', location_id: 'location' },
  address: { location_id: 'location' },
  phone: { location_id: 'location' },
  schedule: { location_id: 'location' },
  language: { location_id: 'location' },
  accessibility: { location_id: 'location' },
};
