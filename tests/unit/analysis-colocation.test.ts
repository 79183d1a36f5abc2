import { describe, expect, it } from 'vitest';
import { addressKey } from '../../server/core/analysis/address-key.ts';
import { findColocations } from '../../server/core/analysis/colocation.ts';
import { groupDiameterM } from '../../server/core/analysis/group-diameter.ts';
import type { PopulatedPlace } from '../../server/core/analysis/places.ts';
import { singleLinkage } from '../../server/core/analysis/single-linkage.ts';
import { EARTH_RADIUS_M, haversineM } from '../../server/core/geo/distance.ts';
import { makePoint } from '../helpers/points.ts';

/** Degrees of latitude for `m` metres due north on the spherical Earth of haversineM. */
const northDeg = (m: number) => (m / EARTH_RADIUS_M) * (180 / Math.PI);
const LAT = 45.42;
const LON = -75.69;
const at = (metresNorth: number) => ({ lat: LAT + northDeg(metresNorth), lon: LON });
const town: PopulatedPlace = { name: 'Ottawa', province: 'on', lat: LAT, lon: LON, population: 100_000 };

describe('single-linkage clustering', () => {
  it('joins a chain A–B–C with 200 m steps into one group at 250 m, and none at 150 m', () => {
    const chain = [at(0), at(200), at(400)];
    expect(singleLinkage(chain, 250)).toEqual([[0, 1, 2]]);
    expect(singleLinkage(chain, 150)).toEqual([]);
  });
});

describe('co-location opportunities', () => {
  it('leaves out sites placed at a postal area’s centre: 0 m apart on the map says nothing of the ground', () => {
    const points = [
      makePoint('on', 'a', { ...at(0), approximate: true }),
      makePoint('fed-esdc', 'b', { ...at(0), level: 'federal', approximate: true }),
      makePoint('mun-ottawa', 'c', { ...at(0), level: 'municipal', approximate: true }),
      // Exact sites 40 m apart still make a group; the approximate site between them links nothing.
      makePoint('on', 'd', at(1000)),
      makePoint('fed-esdc', 'e', { ...at(1200), level: 'federal', approximate: true }),
      makePoint('fed-esdc', 'f', { ...at(1040), level: 'federal' }),
    ];
    const { groups } = findColocations(points, [town], 250);
    expect(groups.map((g) => g.points)).toEqual([['fed-esdc:f', 'on:d']]);
  });

  it('two sites of different governments 30 m apart are one group already in the same building', () => {
    const points = [
      makePoint('on', 'a', { ...at(0), address: '1 Main Street', services: ['health-card', 'sin'] }),
      makePoint('fed-esdc', 'b', {
        ...at(30),
        level: 'federal',
        address: '3 Other Road',
        services: ['sin', 'passport'],
      }),
    ];
    const { groups } = findColocations(points, [town], 250);
    expect(groups).toHaveLength(1);
    const g = groups[0];
    expect(g?.points).toEqual(['fed-esdc:b', 'on:a']);
    expect(g?.jurisdictions).toEqual(['fed-esdc', 'on']);
    expect(g?.levels).toEqual(['federal', 'provincial']);
    expect(g?.max_distance_m).toBe(30);
    expect(g?.same_building).toBe(true);
    expect(g?.shared_services).toEqual(['sin']);
    expect(g?.complementary_services).toEqual(['health-card', 'passport']);
    // 100,000 people within 10 km × 2 governments, halved because they already share a building.
    expect(g?.population_10km).toBe(100_000);
    expect(g?.score).toBe(100);
    expect(g?.centroid[0]).toBeCloseTo(LON, 6);
    expect(g?.centroid[1]).toBeCloseTo(LAT + northDeg(15), 6);
  });

  it('two sites 200 m apart are an opportunity at 250 m (not yet co-located) but not at 150 m', () => {
    const points = [
      makePoint('on', 'a', { ...at(0), address: '1 Main Street' }),
      makePoint('fed-esdc', 'b', { ...at(200), level: 'federal', address: '99 Elgin Street' }),
    ];
    const wide = findColocations(points, [town], 250);
    expect(wide.groups).toHaveLength(1);
    expect(wide.groups[0]?.same_building).toBe(false);
    expect(wide.groups[0]?.max_distance_m).toBe(200);
    expect(wide.groups[0]?.score).toBe(200);
    expect(findColocations(points, [town], 150).groups).toEqual([]);
  });

  it('sites at one normalised civic address are in the same building even when their coordinates differ', () => {
    const points = [
      makePoint('on', 'a', { ...at(0), address: '50 Government Place', city: 'Kenora' }),
      makePoint('fed-esdc', 'b', { ...at(120), address: '50, government pl. Suite 200', city: 'KENORA' }),
    ];
    const [g] = findColocations(points, [town], 250).groups;
    expect(g?.same_building).toBe(true);
    expect(addressKey('50 Government Place', 'Kenora')).toBe(addressKey('50 government pl.', 'Kenora'));
    expect(addressKey('Government Place', 'Kenora')).toBe('');
  });

  it('two sites of the same jurisdiction never form a group on their own', () => {
    const points = [makePoint('on', 'a', at(0)), makePoint('on', 'b', at(10))];
    expect(findColocations(points, [town], 250).groups).toEqual([]);
  });

  it('a chain A–B–C of 200 m steps across two governments is one group at 250 m', () => {
    const points = [
      makePoint('on', 'a', at(0)),
      makePoint('on', 'b', at(200)),
      makePoint('fed-esdc', 'c', { ...at(400), level: 'federal' }),
    ];
    const { groups } = findColocations(points, [town], 250);
    expect(groups.map((g) => g.points)).toEqual([['fed-esdc:c', 'on:a', 'on:b']]);
    expect(groups[0]?.max_distance_m).toBe(400);
  });

  it('lists a same-community opportunity for governments with offices in one place but farther apart than the radius', () => {
    const points = [
      makePoint('on', 'a', { ...at(0), city: 'Ottawa' }),
      makePoint('fed-esdc', 'b', { ...at(2000), city: 'Ottawa', level: 'federal' }),
      makePoint('mun-ottawa', 'c', { ...at(2100), city: 'ottawa', level: 'municipal' }),
    ];
    const result = findColocations(points, [town], 250);
    expect(result.groups.map((g) => g.points)).toEqual([['fed-esdc:b', 'mun-ottawa:c']]);
    expect(result.same_community).toHaveLength(1);
    const c = result.same_community[0];
    expect(c?.name).toBe('Ottawa');
    expect(c?.jurisdictions).toEqual(['fed-esdc', 'mun-ottawa', 'on']);
    expect(c?.separate_pairs).toEqual([
      ['fed-esdc', 'on'],
      ['mun-ottawa', 'on'],
    ]);
    expect(c?.score).toBe(300);
  });
});

describe('same-community membership', () => {
  it('a point whose city names no place belongs to the nearest place within 10 km, and to none beyond', () => {
    const points = [
      makePoint('on', 'a', { ...at(0), city: '' }),
      makePoint('fed-esdc', 'b', { ...at(3000), city: 'Unknown hamlet', level: 'federal' }),
      makePoint('mun-ottawa', 'c', { ...at(20_000), city: '', level: 'municipal' }),
    ];
    const [c] = findColocations(points, [town], 250).same_community;
    expect(c?.points).toEqual(['fed-esdc:b', 'on:a']);
    expect(c?.separate_pairs).toEqual([['fed-esdc', 'on']]);
  });
});

describe('group diameter', () => {
  it('over the convex hull equals the all-pairs maximum for a large group', () => {
    // 300 sites scattered over ~1 km, seeded; the hull path is taken above 64 sites.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const sites = Array.from({ length: 300 }, () => ({
      lat: LAT + (rnd() - 0.5) * 0.01,
      lon: LON + (rnd() - 0.5) * 0.014,
    }));
    let expected = 0;
    for (const a of sites)
      for (const b of sites) expected = Math.max(expected, haversineM(a.lon, a.lat, b.lon, b.lat));
    expect(groupDiameterM(sites)).toBeCloseTo(expected, 6);
    expect(groupDiameterM(sites.slice(0, 3))).toBeGreaterThan(0);
  });
});
