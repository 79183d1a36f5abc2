import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapWithColumnMapping, parseMappingFile } from '../../server/importers/column-mapping.ts';
import type { CanonicalRecord, MappedSource } from '../../server/importers/mapped-source.ts';
import { mapOdef } from '../../server/importers/odef.ts';
import { mapServiceCanada, SERVICE_CANADA_TOLL_FREE } from '../../server/importers/service-canada.ts';
import { mapWorkBc } from '../../server/importers/workbc.ts';
import { parseWorkBcHours } from '../../server/importers/workbc-hours.ts';
import { FIXTURES } from '../helpers/context.ts';

const source = (name: string) => readFileSync(join(FIXTURES, 'sources', name));
const byId = (m: MappedSource, id: string): CanonicalRecord => {
  const r = m.rows.find((row) => row.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('Service Canada offices importer', () => {
  const m = mapServiceCanada(source('service-canada-offices.csv'));

  it('maps each centre type to a site type and the services that type offers', () => {
    expect(byId(m, '9101')).toMatchObject({
      site_type: 'centre',
      services: 'sin;ei;cpp-oas;child-benefits;disability-benefits',
    });
    expect(byId(m, '9103')).toMatchObject({ site_type: 'centre', services: 'passport' });
    expect(byId(m, '9104').services).toBe('sin;ei;cpp-oas;child-benefits;disability-benefits;passport');
    expect(byId(m, 'AB-Z03')).toMatchObject({ site_type: 'outreach', services: 'sin;ei;cpp-oas' });
    expect(byId(m, 'NT-Z02')).toMatchObject({ site_type: 'partner', services: 'sin;ei;cpp-oas' });
  });

  it('places an office at its own town rather than a postal area’s centre far from it', () => {
    // 9101 (Kamloops) is placed by its FSA's centre at 50.6764,-120.3399 in the source.
    const near = mapServiceCanada(source('service-canada-offices.csv'), () => ({ lat: 50.68, lon: -120.34 }));
    expect(byId(near, '9101')).toMatchObject({ lat: '50.6764', lon: '-120.3399' });
    const asked: string[] = [];
    const far = mapServiceCanada(source('service-canada-offices.csv'), (town, province) => {
      asked.push(`${town}/${province}`);
      return { lat: 51.5, lon: -121 };
    });
    expect(byId(far, '9101')).toMatchObject({ lat: '51.5', lon: '-121' });
    expect(far.notes).toContainEqual(
      expect.objectContaining({
        id: '9101',
        message: expect.stringContaining('placed at the centre of Kamloops'),
      }),
    );
    // Only the rows placed by a postal area's centre are looked up; town-placed ones keep the publisher's position.
    expect(asked).toContain('Kamloops/bc');
    expect(asked.some((a) => a.startsWith('Yellowknife'))).toBe(false);
    expect(far.approximateIds.has('9101')).toBe(true);
  });

  it('reads languages from "Services offered in …"', () => {
    expect(byId(m, '9101').languages).toBe('en;fr');
    expect(byId(m, '9103').languages).toBe('fr');
    expect(byId(m, 'NT-Z02').languages).toBe('en');
  });

  it('splits the civic address, names the community when there is none, and adds the national channels', () => {
    expect(byId(m, '9101')).toMatchObject({
      address: '500 Seymour Street, Floor 2',
      city: 'Kamloops',
      province: 'bc',
      postal_code: 'V2C2G9',
      toll_free: SERVICE_CANADA_TOLL_FREE,
      website: 'https://www.servicecanada.gc.ca/tbsc-fsco/sc-dsp.jsp?rc=9101&lang=eng',
    });
    expect(byId(m, '9102')).toMatchObject({ address: '', city: 'Yellowknife' });
    expect(byId(m, '9104').city).toBe('Regina');
  });

  it('keeps the publisher’s approximate coordinates and flags them; a postal-code-only row is left to the FSA fallback', () => {
    expect(byId(m, '9102')).toMatchObject({ lat: '62.45411', lon: '-114.37248' });
    expect([...m.approximateIds].sort()).toEqual(['9101', '9102', '9103', '9104', 'NT-Z02', 'ON-Z04']);
    expect(byId(m, 'AB-Z03')).toMatchObject({ lat: '', lon: '', postal_code: 'T7V1S8' });
  });

  it('leaves out a row with neither coordinates nor postal code, and says why', () => {
    expect(m.leftOut).toEqual([
      expect.objectContaining({
        id: 'SK-Z01',
        source_row: '6',
        reason: expect.stringMatching(/no coordinates and no postal code/),
      }),
    ]);
    expect(m.rows).toHaveLength(7);
  });
});

describe('WorkBC hours', () => {
  it('turns day lists, ranges, lunch closures and holidays into opening_hours', () => {
    expect(
      parseWorkBcHours([
        '8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday',
        '8:30 am to 6:00 pm Wednesday',
        '',
        'Statutory Holidays - Closed',
      ]),
    ).toEqual({ hours: 'Mo,Tu,Th,Fr 08:30-16:30; We 08:30-18:00; PH off', unreadable: [] });
    expect(parseWorkBcHours(['9:00 am to 4:30 pm Tuesday to Friday']).hours).toBe('Tu-Fr 09:00-16:30');
    expect(
      parseWorkBcHours(['OPEN: Monday - Friday (8:30am - 4:30pm)', 'CLOSED: Weekends and Holidays']).hours,
    ).toBe('Mo-Fr 08:30-16:30; PH off');
    expect(
      parseWorkBcHours(['8:00 am to 4:30 pm Monday to Tuesday', 'Closed for lunch 12:15 pm to 12:45 pm'])
        .hours,
    ).toBe('Mo,Tu 08:00-12:15,12:45-16:30');
  });

  it('applies a lunch closure in parentheses to its own statement only', () => {
    expect(
      parseWorkBcHours([
        '11:00 am to 6:00 pm Tuesday (Closed 2:00 pm to 3:00 pm)',
        '9:00 am to 4:00 pm Wednesday to Friday (closed noon to 1 for lunch)',
      ]).hours,
    ).toBe('Tu 11:00-14:00,15:00-18:00; We-Fr 09:00-12:00,13:00-16:00');
  });

  it('does not read "Easter Monday" or "Friday - Closed" as opening days', () => {
    expect(
      parseWorkBcHours([
        '8:30 am to 4:30 pm Monday',
        'Fridays, Statutory Holidays, Easter Monday, Boxing Day - Closed',
      ]).hours,
    ).toBe('Mo 08:30-16:30; PH off');
  });

  it('reports what it cannot read instead of guessing', () => {
    expect(parseWorkBcHours(['"In Person Services" by appointment only', 'n/a'])).toEqual({
      hours: '',
      unreadable: ['"In Person Services" by appointment only'],
    });
  });
});

describe('WorkBC centres importer', () => {
  const m = mapWorkBc(source('workbc-centres.geojson'));

  it('maps contact fields, languages and the address', () => {
    expect(byId(m, 'w1')).toMatchObject({
      name_en: 'WorkBC Centre - Victoria Downtown',
      address: '800 Yates Street',
      city: 'Victoria',
      province: 'bc',
      postal_code: 'V8W 1L8',
      lat: '48.4284',
      lon: '-123.3656',
      email: 'centre-victoria@workbc.ca',
      languages: 'en;fr',
      services: 'employment-services',
      hours: 'Mo,Tu,Th,Fr 08:30-16:30; We 08:30-18:00; PH off',
    });
    expect(byId(m, 'w2')).toMatchObject({
      website: 'https://workbc.ca/WorkBC-Centres/Prince-George.aspx',
      phone: '250 555-0102 ext 12',
      languages: 'en',
      city: 'Prince George',
      hours: 'Mo 10:00-18:00; Tu-Fr 09:00-12:00,13:00-16:00; PH off',
    });
    expect(m.approximateIds.size).toBe(0);
  });

  it('keeps a centre with an unreadable hours statement, notes the statement, and leaves out a feature with no point', () => {
    expect(byId(m, 'w3').hours).toBe('Mo-Th 08:00-17:00; Fr 08:00-13:00; PH off');
    expect(m.notes).toEqual([
      expect.objectContaining({ id: 'w3', message: expect.stringContaining('by appointment only') }),
    ]);
    expect(m.leftOut).toEqual([
      expect.objectContaining({ id: 'w4', reason: 'the feature has no point geometry.' }),
    ]);
  });
});

describe('ODEF importer', () => {
  const m = mapOdef(source('odef-facilities.csv'));

  it('maps located facilities to the demo layer, with ids unique across providers', () => {
    expect(byId(m, 'ab-501')).toMatchObject({
      name_en: 'Riverbend Elementary School',
      address: '120 3 avenue',
      city: 'Taber',
      province: 'ab',
      lat: '49.7847',
      services: 'education',
    });
    expect(byId(m, 'qc-77').name_fr).toBe('École primaire des Érables');
    expect(byId(m, 'qc-77').name_en).toBeUndefined();
    const noSourceId = m.rows.find((r) => r.city === 'Kenora');
    expect(noSourceId?.id).toMatch(/^on-h[0-9a-f]{10}$/);
    expect(noSourceId?.postal_code).toBe('');
  });

  it('treats `..` as missing and leaves out facilities without coordinates', () => {
    expect(m.rows).toHaveLength(3);
    expect(m.leftOut).toEqual([expect.objectContaining({ id: 'ab-502', source_row: '3' })]);
  });
});

describe('column-mapping importer', () => {
  const file = parseMappingFile(source('clinic-mapping.json').toString('utf8'));
  const m = mapWithColumnMapping(source('clinic-list.csv'), file);

  it('maps headers through the saved mapping, applies defaults, and turns decimal commas into points', () => {
    expect(m.rows[0]).toMatchObject({
      id: 'C-1',
      name_en: 'Main Street Health Card Desk',
      name_fr: 'Comptoir carte santé rue Main',
      lat: '46.0878',
      lon: '-64.7782',
      services: 'health-card',
      hours: 'Mo-Fr 08:30-16:30',
      languages: 'en;fr',
    });
    expect(m.rows[1]).toMatchObject({ id: 'C-2', postal_code: 'E1B 2C3' });
    expect(m.rows[1]?.lat).toBeUndefined();
  });

  it('accepts the portal’s bare mapping object, and names the bad entry of a wrong one', () => {
    expect(parseMappingFile('{"Site No":"id"}').mapping).toEqual({ 'Site No': 'id' });
    expect(() => parseMappingFile('{"mapping":{"Site No":"identifier"}}')).toThrow(/template column/);
    expect(() => parseMappingFile('not json')).toThrow(/not valid JSON/);
  });
});
