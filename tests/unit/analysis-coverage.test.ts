import { describe, expect, it } from 'vitest';
import { findGaps } from '../../server/core/analysis/gaps.ts';
import type { PopulatedPlace } from '../../server/core/analysis/places.ts';
import { runScenario } from '../../server/core/analysis/scenario.ts';
import { suggestSites } from '../../server/core/analysis/suggest.ts';
import { EARTH_RADIUS_M } from '../../server/core/geo/distance.ts';
import { makePoint } from '../helpers/points.ts';

/** Degrees of latitude for `km` kilometres due north on the spherical Earth of haversineM. */
const northDeg = (km: number) => ((km * 1000) / EARTH_RADIUS_M) * (180 / Math.PI);
const LON = -100;
const BASE = 50;
const place = (name: string, kmNorth: number, population: number, province = 'mb'): PopulatedPlace => ({
  name,
  province,
  lat: BASE + northDeg(kmNorth),
  lon: LON,
  population,
});

// One office at BASE; places on the meridian 0, 30, 60, 200 and 230 km north of it.
const office = makePoint('mb', 'hq', { lat: BASE, lon: LON });
const places = [
  place('Here', 0, 1000),
  place('Near', 30, 500),
  place('Far', 60, 200),
  place('Remote A', 200, 70, 'sk'),
  place('Remote B', 230, 30, 'sk'),
];

describe('coverage gaps', () => {
  it('a place 60 km from any point is a gap at 50 km; the uncovered population is the hand-computed sum', () => {
    const gaps = findGaps(places, [office], 50);
    expect(gaps.places.map((p) => p.name)).toEqual(['Far', 'Remote A', 'Remote B']);
    expect(gaps.places[0]?.nearest_km).toBe(60);
    expect(gaps.places[0]?.nearest_point_id).toBe('mb:hq');
    expect(gaps.total_population).toBe(1800);
    expect(gaps.uncovered_population).toBe(200 + 70 + 30);
    expect(gaps.covered_population).toBe(1500);
    expect(gaps.covered_share).toBe(0.833);
    expect(gaps.by_province).toEqual([
      expect.objectContaining({ province: 'mb', total_population: 1700, covered_population: 1500 }),
      expect.objectContaining({
        province: 'sk',
        total_population: 100,
        covered_population: 0,
        covered_share: 0,
      }),
    ]);
    // Bands: ≤5 km 1000, 25–50 km 500, 50–100 km 200, 100–250 km 100.
    expect(gaps.distance_bands.map((b) => b.population)).toEqual([1000, 0, 0, 500, 200, 100, 0]);
  });

  it('with no matching point at all, every place is a gap with no nearest point', () => {
    const gaps = findGaps(places, [], 50);
    expect(gaps.uncovered_population).toBe(1800);
    expect(gaps.places.every((p) => p.nearest_km === null && p.nearest_point_id === null)).toBe(true);
  });
});

describe('what-if scenario', () => {
  it('adding a site at an uncovered place covers it; closing the only office uncovers the rest', () => {
    const added = runScenario(
      places,
      [office],
      { close: [], add: [{ lat: places[3]?.lat ?? 0, lon: LON }] },
      50,
    );
    expect(added.before.covered_population).toBe(1500);
    expect(added.after.covered_population).toBe(1600);
    expect(added.covered_population_change).toBe(100);
    expect(added.newly_covered.map((p) => p.name)).toEqual(['Remote A', 'Remote B']);
    const closed = runScenario(places, [office], { close: ['mb:hq'], add: [] }, 50);
    expect(closed.after.covered_population).toBe(0);
    expect(closed.newly_uncovered.map((p) => p.name)).toEqual(['Here', 'Near']);
  });
});

describe('greedy suggestions', () => {
  it('picks the obvious best site first, then the next, and stops when nothing is left to cover', () => {
    // Places 90 km or more apart, so each candidate covers only itself: the order is by population left out.
    const spread = [
      place('Here', 0, 1000),
      place('Far', 90, 200),
      place('Remote A', 200, 70, 'sk'),
      place('Remote B', 290, 30, 'sk'),
    ];
    const result = suggestSites(spread, [office], 5, 50);
    expect(result.sites.map((s) => [s.name, s.added_population])).toEqual([
      ['Far', 200],
      ['Remote A', 70],
      ['Remote B', 30],
    ]);
    expect(result.covered_population_before).toBe(1000);
    expect(result.covered_population_after).toBe(1300);
    expect(result.sites.map((s) => s.covered_population_after)).toEqual([1200, 1270, 1300]);
  });

  it('among candidates that cover the same people, picks the most populous one, not the first listed', () => {
    // Hamlet and Town are 20 km apart, both 90+ km from the office: either covers both.
    const tie = [place('Here', 0, 1000), place('Hamlet', 100, 50), place('Town', 120, 5000)];
    expect(suggestSites(tie, [office], 1, 50).sites.map((s) => s.name)).toEqual(['Town']);
  });

  it('one site between two uncovered towns beats a site in either of them', () => {
    const pair = [
      place('Here', 0, 1000),
      place('West', 100, 300),
      place('Middle', 130, 10),
      place('East', 160, 300),
    ];
    const result = suggestSites(pair, [office], 1, 50);
    expect(result.sites.map((s) => [s.name, s.added_population, s.added_places])).toEqual([
      ['Middle', 610, 3],
    ]);
  });
});
