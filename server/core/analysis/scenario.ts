import type { ServicePoint } from '../schemas.ts';
import { type CoverageSummary, nearestPerPlace, summariseCoverage } from './coverage.ts';
import type { LonLat } from './lonlat-index.ts';
import type { PopulatedPlace } from './places.ts';

/** A hypothetical new site: a position in degrees, and an optional label the planner gave it. */
export interface AddedSite extends LonLat {
  name?: string;
}

/** A place whose coverage the scenario changes. */
export interface PlaceChange {
  name: string;
  province: string;
  population: number;
  lat: number;
  lon: number;
}

export interface ScenarioResult {
  max_km: number;
  before: CoverageSummary;
  after: CoverageSummary;
  /** after.covered_population − before.covered_population (negative when closures lose coverage). */
  covered_population_change: number;
  newly_covered: PlaceChange[];
  newly_uncovered: PlaceChange[];
}

/**
 * Coverage before and after a what-if: `points` (already filtered to those offering what is analysed) minus
 * those whose id is in `close`, plus `add`. Pure: nothing is changed anywhere. Places are "covered" when a
 * site is within `maxKm` great-circle (edge included).
 */
export function runScenario(
  places: readonly PopulatedPlace[],
  points: readonly ServicePoint[],
  change: { close: readonly string[]; add: readonly AddedSite[] },
  maxKm: number,
): ScenarioResult {
  const closing = new Set(change.close);
  const beforeD = nearestPerPlace(places, points);
  const afterPoints: LonLat[] = [...points.filter((p) => !closing.has(p.id)), ...change.add];
  const afterD = nearestPerPlace(places, afterPoints);
  const before = summariseCoverage(places, beforeD, maxKm);
  const after = summariseCoverage(places, afterD, maxKm);
  const newlyCovered: PlaceChange[] = [];
  const newlyUncovered: PlaceChange[] = [];
  places.forEach((p, i) => {
    const was = (beforeD[i]?.km ?? Infinity) <= maxKm;
    const is = (afterD[i]?.km ?? Infinity) <= maxKm;
    const row = { name: p.name, province: p.province, population: p.population, lat: p.lat, lon: p.lon };
    if (!was && is) newlyCovered.push(row);
    if (was && !is) newlyUncovered.push(row);
  });
  const byPop = (a: PlaceChange, b: PlaceChange) =>
    b.population - a.population || a.name.localeCompare(b.name);
  return {
    max_km: maxKm,
    before,
    after,
    covered_population_change: after.covered_population - before.covered_population,
    newly_covered: newlyCovered.sort(byPop),
    newly_uncovered: newlyUncovered.sort(byPop),
  };
}
