import { describe, expect, it } from 'vitest';
import { readTable } from '../../server/core/csv/read-table.ts';
import { pointsToCsv } from '../../server/core/csv/write-csv.ts';
import { issueText } from '../../server/core/issue-text/catalogue.ts';
import type { Jurisdiction, ServicePoint } from '../../server/core/schemas.ts';
import { type ValidationContext, validateRows } from '../../server/core/validate/validate-rows.ts';
import { testReference } from '../helpers/context.ts';

const ontario: Jurisdiction = {
  id: 'on',
  level: 'provincial',
  name_en: 'Ontario',
  name_fr: 'Ontario',
  province: 'on',
};

function ctx(over: Partial<ValidationContext> = {}): ValidationContext {
  const ref = testReference();
  return {
    jurisdiction: ontario,
    serviceCodes: ['health-card', 'driver-licence', 'sin'],
    fsaCentroid: (fsa) => ref.fsaCentroids.get(fsa),
    provinces: ref.provinceLocator,
    decimalComma: false,
    sample: false,
    text: issueText('en'),
    ...over,
  };
}

const HEADER = 'id,name_en,lat,lon,postal_code,services,hours,website,phone';
const run = (rows: string, c = ctx()) => validateRows(readTable(`${HEADER}\n${rows}`).rows, c);

describe('validateRows', () => {
  it('checks a site placed by its postal code against the province, as one placed by coordinates', () => {
    // X0B is Nunavut's (Kugluktuk), H2M Montréal's: neither is Ontario's, however approximate.
    const r = run(
      'nu,Kugluktuk office,,,X0B 0E0,sin,,,\nqc,Montreal office,,,H2M 1L5,sin,,,\nott,Ottawa office,,,K1P 5J2,sin,,,',
    );
    expect(r.points.map((p) => p.source_id)).toEqual(['ott']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ row: 2, column: 'postal_code', code: 'outside_province' }),
      expect.objectContaining({ row: 3, column: 'postal_code', code: 'outside_province' }),
    ]);
    expect(r.issues[0]?.message).toContain('postal area X0B is in NU, but the site belongs to ON');
    // A federal site is checked against the province its row names, when it names one.
    const federal = ctx({
      jurisdiction: { id: 'fed-esdc', level: 'federal', name_en: 'ESDC', name_fr: 'EDSC' },
    });
    const fed = validateRows(
      readTable(
        'id,name_en,province,postal_code\na,Kugluktuk,NU,X0B 0E0\nb,Kugluktuk?,ON,X0B 0E0\nc,Anywhere,,X0B 0E0',
      ).rows,
      federal,
    );
    expect(fed.points.map((p) => p.source_id)).toEqual(['a', 'c']);
  });

  it('refuses a province column that is not the provincial government’s own', () => {
    const r = validateRows(
      readTable(
        'id,name_en,province,lat,lon\na,Ottawa office,NU,45.42,-75.69\nb,Ottawa office,ON,45.42,-75.69',
      ).rows,
      ctx(),
    );
    expect(r.points.map((p) => p.source_id)).toEqual(['b']);
    expect(r.issues).toEqual([
      expect.objectContaining({ row: 2, column: 'province', code: 'outside_province' }),
    ]);
  });

  it('pairs rows with their published points, keeping an identical one as that very point', () => {
    const rows =
      'a,Office A,45.42,-75.69,,sin,,,\nb,Office B,45.43,-75.7,,sin,,,\nc,Office C,45.44,-75.71,,sin,,,\nd,Office D,45.45,-75.72,,sin,,,';
    const [a, b, c, d] = run(rows).points.map((p) =>
      Object.freeze({ ...p, modified_at: '2026-11-01T00:00:00Z' }),
    );
    // `c` was stored before points carried a time: keeping it would leave it without one.
    const legacyC = Object.freeze({ ...(c as ServicePoint), modified_at: '' });
    const published = new Map(
      [a, b, legacyC, d].map((p) => [p?.source_id ?? '', p as ServicePoint] as const),
    );
    const next = run(
      // `d` removed, `e` added, `b` renamed.
      'a,Office A,45.42,-75.69,,sin,,,\nb,Office B moved,45.43,-75.7,,sin,,,\nc,Office C,45.44,-75.71,,sin,,,\ne,Office E,45.46,-75.73,,sin,,,',
      ctx({ published }),
    );
    expect(next.points[0]).toBe(a);
    expect(next.points[1]).not.toBe(b);
    expect(next.points[1]).toMatchObject({ name_en: 'Office B moved', modified_at: '' });
    expect(next.points[2]).not.toBe(legacyC);
    expect(next.points[2]).toMatchObject({ name_en: 'Office C', modified_at: '' });
    expect(next.base).toEqual([a, b, legacyC, undefined]);
    expect(next.removed).toEqual([d]);
  });

  it('names a repeated id on its second row, whether the first was kept or rejected, and removes what no valid row claims', () => {
    const [a, b] = run('a,Office A,45.42,-75.69,,sin,,,\nb,Office B,45.43,-75.7,,sin,,,').points;
    const published = new Map([a, b].map((p) => [p?.source_id ?? '', p as ServicePoint] as const));
    // `a` valid then repeated; `b` rejected (bad hours) then repeated valid; `c` new then repeated.
    const next = run(
      [
        'a,Office A,45.42,-75.69,,sin,,,',
        'a,Office A bis,45.42,-75.69,,sin,,,',
        'b,Office B,45.43,-75.7,,sin,Mo-Fx 25:00,,',
        'b,Office B,45.43,-75.7,,sin,,,',
        'c,Office C,45.44,-75.71,,sin,,,',
        'c,Office C bis,45.44,-75.71,,sin,,,',
      ].join('\n'),
      ctx({ published }),
    );
    expect(next.issues.map((i) => `${i.row} ${i.code} ${i.message.match(/row \d+/)?.[0] ?? ''}`)).toEqual([
      '3 duplicate_id row 2',
      '4 invalid_hours ',
      '5 duplicate_id row 4',
      '7 duplicate_id row 6',
    ]);
    expect(next.points.map((p) => p.source_id)).toEqual(['a', 'c']);
    expect(next.base).toEqual([a, undefined]);
    expect(next.removed).toEqual([b]);
  });

  it('turns a good row into a point with a global id and normalised fields', () => {
    const r = run(
      'ott-1,Ottawa office,45.42,-75.69,k1p1j1,health-card;driver-licence,Mo-Fr 08:30-17:00,https://ontario.ca,(613) 555 0100',
    );
    expect(r.issues).toEqual([]);
    expect(r.points[0]).toMatchObject({
      id: 'on:ott-1',
      level: 'provincial',
      name_fr: 'Ottawa office',
      postal_code: 'K1P 1J1',
      services: ['health-card', 'driver-licence'],
      phone: '613-555-0100',
      approximate: false,
      site_type: 'centre',
      status: 'open',
    });
  });

  it('names swapped coordinates', () => {
    const r = run('a,A,-75.69,45.42');
    expect(r.points).toHaveLength(0);
    expect(r.issues[0]).toMatchObject({ row: 2, column: 'lat', code: 'swapped_coordinates' });
    expect(r.issues[0]?.message).toMatch(/swapped/);
  });

  it('rejects a point outside Canada and one in another province', () => {
    const r = run('a,Paris,48.85,2.35\nb,Winnipeg,49.9,-97.14');
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'out_of_canada'],
      [3, 'outside_province'],
    ]);
    expect(r.issues[1]?.message).toContain('MB');
  });

  it('suggests the closest valid service code', () => {
    const r = run('a,A,45.42,-75.69,,helth-card');
    expect(r.issues[0]).toMatchObject({ code: 'unknown_code', column: 'services' });
    expect(r.issues[0]?.message).toContain('did you mean "health-card"');
  });

  it('places a row with only a postal code at its FSA centroid, as a warning', () => {
    const r = run('a,A,,,K1P 5J2');
    expect(r.points[0]?.approximate).toBe(true);
    expect(r.points[0]?.lat).toBeCloseTo(testReference().fsaCentroids.get('K1P')?.lat ?? 0, 5);
    expect(r.issues[0]).toMatchObject({ code: 'approximate_location', severity: 'warning' });
  });

  it('rejects invalid hours, a javascript: link and a duplicate id, keeping the good rows', () => {
    const r = run(
      'a,A,45.42,-75.69,,,Mo-Fx 25:00\nb,B,45.42,-75.69,,,,javascript:alert(1)\nc,C,45.42,-75.69\nc,C2,45.42,-75.69',
    );
    expect(r.issues.map((i) => i.code)).toEqual(['invalid_hours', 'invalid_format', 'duplicate_id']);
    expect(r.points.map((p) => p.source_id)).toEqual(['c']);
    expect(r.rejectedRows).toEqual([2, 3, 5]);
  });

  it('accepts decimal commas when the delimiter is not a comma', () => {
    const rows = readTable('id;name_en;lat;lon\na;A;45,42;-75,69\n').rows;
    const r = validateRows(rows, ctx({ decimalComma: true }));
    expect(r.points[0]).toMatchObject({ lat: 45.42, lon: -75.69 });
  });
});

describe('rows that spell a trusted published point', () => {
  // A steward's routine refresh: the file they downloaded (our export), a few rows changed.
  const FIRST = [
    'ott-1,Ottawa office,45.42,-75.69,k1p1j1,health-card;driver-licence,Mo-Fr 08:30-17:00,https://ontario.ca,(613) 555 0100',
    'ott-2,Kanata office,45.31,-75.91,,sin,,,',
    'ott-3,Orléans office,45.47,-75.52,K1E 1A1,,Mo-Fr 09:00-16:00; PH off,https://ontario.ca/orleans,613-555-0103',
    'ott-4,Vanier kiosk,,,K1L 8H2,sin,,,',
  ].join('\n');

  /** Points published from FIRST, stamped as a publish stamps them. */
  function published() {
    const r = run(FIRST, ctx());
    for (const p of r.points) p.modified_at = '2026-11-01T00:00:00.000Z';
    return r.points;
  }
  const byId = (points: readonly ServicePoint[]) => new Map(points.map((p) => [p.source_id, p]));
  const exported = (points: readonly ServicePoint[]) => readTable(pointsToCsv(points)).rows;

  it('are those very points, with exactly the outcome a full check gives', () => {
    const before = published();
    const edited = exported(before);
    // One row changed, one duplicated (an error on the copy), the rest as downloaded.
    edited[1] = {
      ...edited[1],
      cells: { ...edited[1]?.cells, name_en: 'Kanata centre' },
    } as (typeof edited)[number];
    edited.push({ ...(edited[0] as (typeof edited)[number]), row: 99 });
    const fast = validateRows(edited, ctx({ published: byId(before), trusted: true }));
    const full = validateRows(edited, ctx({ published: byId(before.map((p) => ({ ...p }))) }));
    expect(fast.points[0]).toBe(before[0]);
    expect(fast.points[2]).toBe(before[2]);
    expect(fast.points[1]).not.toBe(before[1]);
    expect(fast.points).toEqual(full.points);
    expect(fast.issues).toEqual(full.issues);
    expect(fast.issues.map((i) => `${i.row} ${i.code}`)).toEqual(['99 duplicate_id']);
    expect(fast.rejectedRows).toEqual(full.rejectedRows);
  });

  it('are checked again when the rules in force never accepted them (read back from the store, other reference data)', () => {
    // Accepted without province boundaries: a Québec City address for an Ontario office.
    const quebec = run('q-1,Québec desk,46.81,-71.21,,sin,,,', ctx({ provinces: undefined }));
    const p = quebec.points[0] as ServicePoint;
    p.modified_at = '2026-11-01T00:00:00.000Z';
    const again = validateRows(exported([p]), ctx({ published: byId([p]), trusted: false }));
    expect(again.points).toEqual([]);
    expect(again.issues.map((i) => i.code)).toEqual(['outside_province']);
  });

  it('never stand for a point placed from its postal code when the row now gives coordinates', () => {
    const before = published();
    const vanier = before[3] as ServicePoint;
    expect(vanier.approximate).toBe(true);
    // The export writes the centroid's coordinates: the row now states them.
    const again = validateRows(exported([vanier]), ctx({ published: byId([vanier]), trusted: true }));
    expect(again.points[0]).not.toBe(vanier);
    expect(again.points[0]).toMatchObject({ lat: vanier.lat, lon: vanier.lon, approximate: false });
  });
});
