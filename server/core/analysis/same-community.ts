import { PROVINCES } from '../codes.ts';
import type { ServicePoint } from '../schemas.ts';
import { foldText } from '../text.ts';
import { placeLookup } from './place-lookup.ts';
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
  const { index: placeIndex, byName } = placeLookup(places);
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
    const separate = separatePairs(idx, jurisdictions, points, roots);
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

/**
 * Pairs of `jurisdictions` (sorted) with no co-location component holding sites of both. Jurisdictions are
 * numbered and the pairs kept in a small matrix: this runs for every place, so no strings are built.
 */
function separatePairs(
  idx: readonly number[],
  jurisdictions: readonly string[],
  points: readonly ServicePoint[],
  roots: Int32Array,
): [string, string][] {
  const n = jurisdictions.length;
  const number = new Map(jurisdictions.map((j, k) => [j, k]));
  const together = new Uint8Array(n * n);
  const byComponent = new Map<number, number[]>();
  for (const i of idx) {
    const r = roots[i] ?? i;
    const j = number.get(points[i]?.jurisdiction ?? '') ?? 0;
    const list = byComponent.get(r);
    if (!list) byComponent.set(r, [j]);
    else if (!list.includes(j)) list.push(j);
  }
  for (const js of byComponent.values()) {
    if (js.length < 2) continue;
    for (const a of js) for (const b of js) together[a * n + b] = 1;
  }
  const separate: [string, string][] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      if (!together[a * n + b]) separate.push([jurisdictions[a] ?? '', jurisdictions[b] ?? '']);
  return separate;
}
