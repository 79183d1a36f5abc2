import type { ServicePoint } from '../schemas.ts';
import { nearestPerPlace } from './coverage.ts';
import { LonLatIndex } from './lonlat-index.ts';
import type { PopulatedPlace } from './places.ts';

/** One proposed site, in the order the greedy search picked it. */
export interface SuggestedSite {
  rank: number;
  /** The candidate populated place the site would stand in. */
  name: string;
  province: string;
  lat: number;
  lon: number;
  /** Population newly within `max_km` thanks to this site, given the sites picked before it. */
  added_population: number;
  /** Number of places newly within `max_km`. */
  added_places: number;
  /** Covered population of Canada after this site and those before it. */
  covered_population_after: number;
}

export interface SuggestResult {
  max_km: number;
  k: number;
  total_population: number;
  covered_population_before: number;
  covered_population_after: number;
  sites: SuggestedSite[];
}

/**
 * Greedy maximal covering: up to `k` new sites, chosen among the populated places, each adding the most
 * population not yet within `maxKm` of an existing point (`points`, kept) or of a site picked before it.
 * Candidates' coverage lists come from one kdbush radius query each; after a pick only the gains of the
 * candidates that covered the newly covered places are lowered, so a pick costs what it changes. Stops early
 * when no candidate adds anyone. Ties go to the candidate listed first.
 */
export function suggestSites(
  places: readonly PopulatedPlace[],
  points: readonly ServicePoint[],
  k: number,
  maxKm: number,
): SuggestResult {
  const distances = nearestPerPlace(places, points);
  const uncovered = places.map((_, i) => (distances[i]?.km ?? Infinity) > maxKm);
  const total = places.reduce((s, p) => s + p.population, 0);
  let covered = places.reduce((s, p, i) => s + (uncovered[i] ? 0 : p.population), 0);
  const before = covered;

  const index = new LonLatIndex(places);
  // covers[c]: uncovered places within maxKm of candidate c; coveredBy[p]: candidates that cover place p.
  const covers: number[][] = [];
  const coveredBy: number[][] = places.map(() => []);
  const gain = new Float64Array(places.length);
  places.forEach((c, ci) => {
    const list = index.withinM(c.lon, c.lat, maxKm * 1000).filter((pi) => uncovered[pi]);
    covers[ci] = list;
    for (const pi of list) {
      coveredBy[pi]?.push(ci);
      gain[ci] = (gain[ci] ?? 0) + (places[pi]?.population ?? 0);
    }
  });

  const sites: SuggestedSite[] = [];
  while (sites.length < k) {
    // The largest gain; among equal gains the most populous candidate (a town before the hamlet at the edge of
    // its circle: St. Catharines, not Fort Erie, for the same 338,160 people).
    let best = -1;
    for (let c = 0; c < gain.length; c++) {
      const g = gain[c] ?? 0;
      const b = best < 0 ? 0 : (gain[best] ?? 0);
      if (g > b || (g === b && g > 0 && (places[c]?.population ?? 0) > (places[best]?.population ?? 0)))
        best = c;
    }
    const site = places[best];
    if (best < 0 || !site) break;
    let added = 0;
    let addedPlaces = 0;
    for (const pi of covers[best] ?? []) {
      if (!uncovered[pi]) continue;
      uncovered[pi] = false;
      const pop = places[pi]?.population ?? 0;
      added += pop;
      addedPlaces++;
      for (const c of coveredBy[pi] ?? []) gain[c] = (gain[c] ?? 0) - pop;
    }
    covered += added;
    sites.push({
      rank: sites.length + 1,
      name: site.name,
      province: site.province,
      lat: site.lat,
      lon: site.lon,
      added_population: added,
      added_places: addedPlaces,
      covered_population_after: covered,
    });
  }
  return {
    max_km: maxKm,
    k,
    total_population: total,
    covered_population_before: before,
    covered_population_after: covered,
    sites,
  };
}
