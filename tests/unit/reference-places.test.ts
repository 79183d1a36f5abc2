import { describe, expect, it } from 'vitest';
import { findGaps } from '../../server/core/analysis/gaps.ts';
import { Geocoder } from '../../server/core/geocode.ts';
import { testReference } from '../helpers/context.ts';

describe('the populated places the analyses count', () => {
  const reference = testReference();

  it('leave out a city’s sections and abandoned places, so no one is counted twice', () => {
    const names = new Set(reference.places.map((p) => p.name));
    // Toronto counts its own 2.6 M; its neighbourhoods (GeoNames PPLX) would add 3.2 M of the same people.
    expect(names.has('Toronto')).toBe(true);
    expect(names.has('Agincourt North')).toBe(false);
    // "Okanagan" (PPLQ) is a region's 297,601 people at one point, not a town.
    expect(names.has('Okanagan')).toBe(false);
    const total = reference.places.reduce((sum, p) => sum + p.population, 0);
    expect(total).toBeGreaterThan(28e6);
    expect(total).toBeLessThan(30e6);
    // Every person is counted once by the gap analysis too: with no points, everyone is uncovered.
    const gaps = findGaps(reference.places, [], 50, true);
    expect(gaps.total_population).toBe(total);
  });

  it('still finds a neighbourhood by its name', () => {
    const found = new Geocoder(reference).geocode('Agincourt North').candidates[0];
    expect(found).toMatchObject({ kind: 'place', province: 'on' });
  });
});
