import type { ServicePoint } from '../schemas.ts';
import { type CoverageSummary, nearestPerPlace, summariseCoverage } from './coverage.ts';
import { type PopulatedPlace, round } from './places.ts';

/** One populated place and its distance to the nearest matching point. */
export interface PlaceGap {
  name: string;
  province: string;
  population: number;
  lat: number;
  lon: number;
  /** Great-circle km to the nearest matching point, one decimal; null when no point matches at all. */
  nearest_km: number | null;
  nearest_point_id: string | null;
  /** Its names, so a planner reads which office it is (null with the id). */
  nearest_point_name_en: string | null;
  nearest_point_name_fr: string | null;
  covered: boolean;
}

export interface GapsResult extends CoverageSummary {
  /** Places farther than `max_km` (or every place when asked: uncovered first), largest population first. */
  places: PlaceGap[];
}

/**
 * Coverage gaps: for every populated place, the great-circle distance to the nearest of `points` (already
 * filtered by the caller), and the places farther than `maxKm` with their population, sorted by population
 * left uncovered (largest first). With `allPlaces`, every place is listed (each says whether it is covered).
 */
export function findGaps(
  places: readonly PopulatedPlace[],
  points: readonly ServicePoint[],
  maxKm: number,
  allPlaces = false,
): GapsResult {
  const distances = nearestPerPlace(places, points);
  const rows: PlaceGap[] = [];
  places.forEach((p, i) => {
    const d = distances[i];
    const covered = (d?.km ?? Infinity) <= maxKm;
    if (covered && !allPlaces) return;
    const point = d && d.nearest >= 0 ? points[d.nearest] : undefined;
    rows.push({
      name: p.name,
      province: p.province,
      population: p.population,
      lat: p.lat,
      lon: p.lon,
      nearest_km: point && d ? round(d.km, 1) : null,
      nearest_point_id: point?.id ?? null,
      nearest_point_name_en: point?.name_en ?? null,
      nearest_point_name_fr: point?.name_fr ?? null,
      covered,
    });
  });
  rows.sort(
    (a, b) =>
      Number(a.covered) - Number(b.covered) || b.population - a.population || a.name.localeCompare(b.name),
  );
  return { ...summariseCoverage(places, distances, maxKm), places: rows };
}
