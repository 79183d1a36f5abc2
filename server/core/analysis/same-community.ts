import { PROVINCES } from '../codes.ts';
import type { ServicePoint } from '../schemas.ts';
import { foldText } from '../text.ts';
import { LonLatIndex } from './lonlat-index.ts';
import { byCode, memo, type PopulatedPlace } from './places.ts';

/** A point whose city matches no populated place belongs to the nearest place within this distance, km. */
export const COMMUNITY_FALLBACK_KM = 10;

/** A populated place served by offices of two or more governments that share no site. */
export interface SameCommunity {
  /** `com:<province>:<folded place name>`. */
  id: string;
  name: string;
  province: string;
  lat: number;
  lon: number;
  population: number;
  jurisdictions: string[];
  levels: string[];
  points: string[];
  /** Pairs of jurisdictions present in the place with no site within the co-location radius of each other. */
  separate_pairs: [string, string][];
  /** `population / 1000 × jurisdictions`, one decimal: the same scale as a group's score. */
  score: number;
}

/**
 * Same-community opportunities: populated places where two or more governments each have offices but some
 * pair of them has no site in a common co-location component (they are farther apart than the radius).
 * A point belongs to the place whose name and province match its `city` (accents and case folded), else to
 * the nearest place within {@link COMMUNITY_FALLBACK_KM}. `roots[i]` is the component of `points[i]`
 * (from `linkComponents`). Sorted by score, highest first.
 */
export function sameCommunityOpportunities(
  points: readonly ServicePoint[],
  roots: Int32Array,
  places: readonly PopulatedPlace[],
): SameCommunity[] {
  const byName = new Map<string, number>();
  places.forEach((p, i) => {
    const key = `${p.province}|${foldText(p.name)}`;
    // Two places of the same name in one province: keep the larger, the one a city field most likely means.
    const prev = byName.get(key);
    if (prev === undefined || (places[prev]?.population ?? 0) < p.population) byName.set(key, i);
  });
  const placeIndex = new LonLatIndex(places);
  // Folding (NFD + regexes) is the costly part at 100k points; cities repeat, so fold each one once.
  const fold = memo(foldText);
  const pointsOf = new Map<number, number[]>();
  // Points repeat their province and city: resolve each distinct pair to a place once (-1: none by name).
  const byCity = new Map<string, number>();
  const placeByName = (p: ServicePoint): number => {
    const raw = `${p.province}|${p.city}`;
    let place = byCity.get(raw);
    if (place === undefined) {
      const province = p.province.toLowerCase();
      place = (PROVINCES as readonly string[]).includes(province)
        ? (byName.get(`${province}|${fold(p.city)}`) ?? -1)
        : -1;
      byCity.set(raw, place);
    }
    return place;
  };
  points.forEach((p, i) => {
    let place = placeByName(p);
    if (place < 0) {
      const near = placeIndex.nearest(p.lon, p.lat);
      if (!near || near.distanceM > COMMUNITY_FALLBACK_KM * 1000) return;
      place = near.index;
    }
    const list = pointsOf.get(place);
    if (list) list.push(i);
    else pointsOf.set(place, [i]);
  });

  const out: SameCommunity[] = [];
  for (const [placeIdx, idx] of pointsOf) {
    const place = places[placeIdx];
    if (!place) continue;
    const sites = idx.flatMap((i) => points[i] ?? []);
    const jurisdictions = [...new Set(sites.map((s) => s.jurisdiction))].sort();
    if (jurisdictions.length < 2) continue;
    const together = new Set<string>();
    const byComponent = new Map<number, Set<string>>();
    for (const i of idx) {
      const r = roots[i] ?? i;
      const set = byComponent.get(r) ?? new Set<string>();
      set.add(points[i]?.jurisdiction ?? '');
      byComponent.set(r, set);
    }
    for (const set of byComponent.values()) {
      const js = [...set];
      for (const a of js) for (const b of js) if (a < b) together.add(`${a}\u0000${b}`);
    }
    const separate: [string, string][] = [];
    for (const a of jurisdictions)
      for (const b of jurisdictions) if (a < b && !together.has(`${a}\u0000${b}`)) separate.push([a, b]);
    if (separate.length === 0) continue;
    out.push({
      id: `com:${place.province}:${foldText(place.name).replace(/ /g, '-')}`,
      name: place.name,
      province: place.province,
      lat: place.lat,
      lon: place.lon,
      population: place.population,
      jurisdictions,
      levels: [...new Set(sites.map((s) => s.level))].sort(),
      points: sites.map((s) => s.id).sort(byCode),
      separate_pairs: separate,
      score: Math.round((place.population / 1000) * jurisdictions.length * 10) / 10,
    });
  }
  return out.sort((a, b) => b.score - a.score || byCode(a.id, b.id));
}
