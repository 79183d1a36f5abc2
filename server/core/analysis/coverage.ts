import { PROVINCES } from '../codes.ts';
import type { LonLat } from './lonlat-index.ts';
import { LonLatIndex } from './lonlat-index.ts';
import { type PopulatedPlace, round } from './places.ts';

/** For each place, the nearest matching point and its great-circle distance (km), or none when there are no points. */
export interface PlaceDistance {
  /** Index of the nearest point in the list given, or -1. */
  nearest: number;
  /** Great-circle km to it; `Infinity` when there is no point at all. */
  km: number;
}

/** Nearest point per place through a kdbush index over `points` (one O(log n) search per place). */
export function nearestPerPlace(
  places: readonly PopulatedPlace[],
  points: readonly LonLat[],
): PlaceDistance[] {
  const index = new LonLatIndex(points);
  return places.map((p) => {
    const near = index.nearest(p.lon, p.lat);
    return near ? { nearest: near.index, km: near.distanceM / 1000 } : { nearest: -1, km: Infinity };
  });
}

/** Population totals of one province or territory (or of Canada). */
export interface CoverageTotals {
  total_population: number;
  covered_population: number;
  uncovered_population: number;
  /** covered / total, 0–1, three decimals (1 when there is no population). */
  covered_share: number;
  place_count: number;
  uncovered_place_count: number;
}

export interface ProvinceCoverage extends CoverageTotals {
  /** Two-letter code, lower case. */
  province: string;
}

/** Upper bounds (km) of the distance bands of the distribution chart; the last band is "farther". */
export const DISTANCE_BANDS_KM = [5, 10, 25, 50, 100, 250] as const;

export interface DistanceBand {
  /** Lower bound, km (exclusive except for 0). */
  from_km: number;
  /** Upper bound, km (inclusive); null for the open last band. */
  to_km: number | null;
  population: number;
  place_count: number;
}

export interface CoverageSummary extends CoverageTotals {
  max_km: number;
  by_province: ProvinceCoverage[];
  distance_bands: DistanceBand[];
}

function totals(
  places: readonly PopulatedPlace[],
  covered: (i: number) => boolean,
  idx: number[],
): CoverageTotals {
  let total = 0;
  let coveredPop = 0;
  let uncoveredPlaces = 0;
  for (const i of idx) {
    const pop = places[i]?.population ?? 0;
    total += pop;
    if (covered(i)) coveredPop += pop;
    else uncoveredPlaces++;
  }
  return {
    total_population: total,
    covered_population: coveredPop,
    uncovered_population: total - coveredPop,
    covered_share: total === 0 ? 1 : round(coveredPop / total, 3),
    place_count: idx.length,
    uncovered_place_count: uncoveredPlaces,
  };
}

/** Statistics Canada order (east to west, then the territories); unknown codes last. */
function provinceOrder(code: string): number {
  const i = (PROVINCES as readonly string[]).indexOf(code);
  return i < 0 ? PROVINCES.length : i;
}

/**
 * Population covered (a matching point within `maxKm`, great-circle, edge included) for Canada, per
 * province (in Statistics Canada order: NL … BC, YT, NT, NU), and by distance band. `distances[i]` belongs to `places[i]`.
 */
export function summariseCoverage(
  places: readonly PopulatedPlace[],
  distances: readonly PlaceDistance[],
  maxKm: number,
): CoverageSummary {
  const covered = (i: number) => (distances[i]?.km ?? Infinity) <= maxKm;
  const all = places.map((_, i) => i);
  const byProvince = new Map<string, number[]>();
  places.forEach((p, i) => {
    const list = byProvince.get(p.province);
    if (list) list.push(i);
    else byProvince.set(p.province, [i]);
  });
  const bands: DistanceBand[] = [...DISTANCE_BANDS_KM, null].map((to, b) => ({
    from_km: b === 0 ? 0 : (DISTANCE_BANDS_KM[b - 1] ?? 0),
    to_km: to,
    population: 0,
    place_count: 0,
  }));
  places.forEach((p, i) => {
    const km = distances[i]?.km ?? Infinity;
    const b = DISTANCE_BANDS_KM.findIndex((to) => km <= to);
    const band = bands[b === -1 ? bands.length - 1 : b];
    if (band) {
      band.population += p.population;
      band.place_count++;
    }
  });
  return {
    max_km: maxKm,
    ...totals(places, covered, all),
    by_province: [...byProvince.entries()]
      .sort(([a], [b]) => provinceOrder(a) - provinceOrder(b) || a.localeCompare(b))
      .map(([province, idx]) => ({ province, ...totals(places, covered, idx) })),
    distance_bands: bands,
  };
}
