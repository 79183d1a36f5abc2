import { describe, expect, it } from 'vitest';
import { fsaProvince, Geocoder, placeUncertaintyM } from '../../server/core/geocode.ts';
import { parsePostal, placeKey, splitProvince } from '../../server/core/geocode-text.ts';
import { testReference } from '../helpers/context.ts';

describe('postal code and place-name rules', () => {
  it('reads full postal codes in any spacing and case, FSAs alone, and rejects letters Canada Post never uses', () => {
    expect(parsePostal('K1A 0B1')).toEqual({ kind: 'postal_code', fsa: 'K1A', ldu: '0B1' });
    expect(parsePostal('k1a0b1')).toEqual({ kind: 'postal_code', fsa: 'K1A', ldu: '0B1' });
    expect(parsePostal(' k1a-0b1 ')).toEqual({ kind: 'postal_code', fsa: 'K1A', ldu: '0B1' });
    expect(parsePostal('K1A')).toEqual({ kind: 'fsa', fsa: 'K1A' });
    expect(parsePostal('D1A 0B1')).toEqual({ kind: 'malformed_postal_code' });
    expect(parsePostal('K1A 0B')).toEqual({ kind: 'malformed_postal_code' });
    expect(parsePostal('Ottawa')).toBeUndefined();
  });

  it('folds place names so accents, case, punctuation and Saint/St. do not matter', () => {
    expect(placeKey('Trois-Rivières')).toBe(placeKey('trois rivieres'));
    expect(placeKey("St. John's")).toBe(placeKey('Saint Johns'));
    expect(placeKey('Sainte-Anne')).toBe(placeKey('ste anne'));
  });

  it('splits a trailing province, in English or French, off a place name', () => {
    expect(splitProvince('trois rivieres qc')).toEqual({ name: 'trois rivieres', province: 'qc' });
    expect(splitProvince('moncton nouveau brunswick')).toEqual({ name: 'moncton', province: 'nb' });
    expect(splitProvince('quebec')).toEqual({ name: 'quebec' });
  });

  it('gives the province of FSAs whose centroid row spells it as a name', () => {
    expect(fsaProvince('X0A', 'Nunavut Territory')).toBe('nu');
    expect(fsaProvince('X1A', 'Northwest Territory')).toBe('nt');
    expect(fsaProvince('K1A', 'on')).toBe('on');
  });

  it('sizes a place’s uncertainty by its population, within 1 to 25 km', () => {
    expect(placeUncertaintyM(500)).toBe(1000);
    expect(placeUncertaintyM(120_000)).toBeGreaterThan(5000);
    expect(placeUncertaintyM(3_000_000)).toBe(25_000);
    expect(placeUncertaintyM(undefined)).toBe(3000);
  });
});

describe('Geocoder on the real reference data', () => {
  const geocoder = new Geocoder(testReference());

  it('places a full postal code at its FSA centroid and says it is approximate', () => {
    const r = geocoder.geocode('K1A 0B1');
    expect(r.interpreted_as).toBe('postal_code');
    expect(r.candidates).toHaveLength(1);
    const [c] = r.candidates;
    expect(c).toMatchObject({
      kind: 'fsa',
      fsa: 'K1A',
      postal_code: 'K1A 0B1',
      approximate: true,
      rural: false,
    });
    expect(c?.province).toBe('on');
    expect(c?.lat).toBeCloseTo(45.42, 1);
    expect(c?.lon).toBeCloseTo(-75.7, 1);
    expect(c?.uncertainty_m).toBeGreaterThanOrEqual(1000);
    expect(geocoder.geocode('k1a0b1').candidates).toEqual(r.candidates);
  });

  it('finds the postal code inside a typed address', () => {
    const r = geocoder.geocode('24 Sussex Drive, Ottawa ON K1M 1M4');
    expect(r.interpreted_as).toBe('postal_code');
    expect(r.candidates[0]).toMatchObject({ kind: 'fsa', fsa: 'K1M', postal_code: 'K1M 1M4' });
  });

  it('flags a rural FSA (second character 0), with a wider uncertainty than an urban one', () => {
    const rural = geocoder.geocode('X0A').candidates[0];
    const urban = geocoder.geocode('M5V').candidates[0];
    expect(rural).toMatchObject({ kind: 'fsa', rural: true, province: 'nu' });
    expect(urban).toMatchObject({ kind: 'fsa', rural: false, province: 'on' });
    expect(rural?.uncertainty_m ?? 0).toBeGreaterThan(urban?.uncertainty_m ?? 0);
  });

  it('finds French place names with or without accents, and English exonyms', () => {
    for (const q of ['Trois-Rivières', 'trois rivieres', 'TROIS-RIVIERES, QC']) {
      const [first] = geocoder.geocode(q).candidates;
      expect(first, q).toMatchObject({
        kind: 'place',
        name: 'Trois-Rivières',
        province: 'qc',
        approximate: false,
      });
    }
    expect(geocoder.geocode('Quebec City').candidates[0]).toMatchObject({ name: 'Québec', province: 'qc' });
    expect(geocoder.geocode('Saint-Jean de Terre-Neuve').candidates[0]).toMatchObject({
      name: "St. John's",
      province: 'nl',
    });
    expect(geocoder.geocode('Iqaluit').candidates[0]).toMatchObject({ name: 'Iqaluit', province: 'nu' });
  });

  it('ranks the exact name before longer names, and the bigger of two same-name places first', () => {
    const names = geocoder.geocode('montreal').candidates.map((c) => c.name);
    expect(names[0]).toBe('Montréal');
    expect(names).toContain('Montréal-Nord');
    const ottawa = geocoder.geocode('Ottawa').candidates;
    expect(ottawa[0]).toMatchObject({ name: 'Ottawa', province: 'on' });
    expect(ottawa.length).toBeLessThanOrEqual(8);
  });

  it('returns no candidates for an unknown place, a malformed postal code or an empty query, saying how it read them', () => {
    expect(geocoder.geocode('Xyzzyville')).toMatchObject({ interpreted_as: 'place', candidates: [] });
    expect(geocoder.geocode('D1A 0B1')).toMatchObject({
      interpreted_as: 'malformed_postal_code',
      candidates: [],
    });
    expect(geocoder.geocode('Z9Z')).toMatchObject({
      interpreted_as: 'malformed_postal_code',
      candidates: [],
    });
    expect(geocoder.geocode('  ')).toMatchObject({ interpreted_as: 'empty', candidates: [] });
  });

  it('answers a well-formed FSA that does not exist with no candidates', () => {
    expect(geocoder.geocode('K0Z')).toMatchObject({ interpreted_as: 'fsa', candidates: [] });
  });
});
