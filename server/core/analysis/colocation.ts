import type { ServicePoint } from '../schemas.ts';
import { addressKey } from './address-key.ts';
import { groupDiameterM } from './group-diameter.ts';
import type { LonLatIndex } from './lonlat-index.ts';
import { placeLookup } from './place-lookup.ts';
import { byCode, CATCHMENT_RADIUS_M, memo, type PopulatedPlace, round } from './places.ts';
import { type SameCommunity, sameCommunityOpportunities } from './same-community.ts';
import { linkComponents } from './single-linkage.ts';

/** Sites of different governments within this many metres are taken to be in one building already. */
export const SAME_BUILDING_M = 30;

/** The score of a group already in one building is multiplied by this: the opportunity is mostly taken. */
export const CO_LOCATED_DISCOUNT = 0.5;

/** One site of a co-location group, with what a planner compares side by side. */
export interface ColocationSite {
  id: string;
  jurisdiction: string;
  level: string;
  name_en: string;
  name_fr: string;
  site_type: string;
  address: string;
  city: string;
  /** As the data gives it (`ON`). */
  province: string;
  lat: number;
  lon: number;
  services: string[];
}

/** Sites of two or more governments a short walk apart. */
export interface ColocationGroup {
  /** `grp:` + the first point id of the group in alphabetical order: stable while the group's points are. */
  id: string;
  points: string[];
  jurisdictions: string[];
  levels: string[];
  /** Mean position of the sites, `[lon, lat]` in degrees, rounded to 1e-6. */
  centroid: [number, number];
  /** Largest great-circle distance between two sites of the group, metres. */
  max_distance_m: number;
  /** All sites share one normalised civic address, or all lie within {@link SAME_BUILDING_M} m of each other. */
  same_building: boolean;
  /** Services offered by two or more of the group's governments (duplicated across the counters). */
  shared_services: string[];
  /** Services offered by only one government of the group (what a shared site would add for the others' clients). */
  complementary_services: string[];
  /** People in populated places within 10 km of the centroid (GeoNames, not a census). */
  population_10km: number;
  /** `population_10km / 1000 × jurisdictions`, × 0.5 when already in one building; one decimal. */
  score: number;
  sites: ColocationSite[];
}

export interface ColocationResult {
  radius_m: number;
  groups: ColocationGroup[];
  same_community: SameCommunity[];
}

/**
 * Co-location opportunities among `points` (already filtered by the caller: status, levels, services):
 * single-linkage groups within `radiusM` metres that hold sites of two or more jurisdictions, sorted by score
 * (highest first), plus the same-community opportunities (see {@link sameCommunityOpportunities}).
 * Groups of one jurisdiction's sites only are not opportunities and are left out. A site placed at a postal area's
 * or town's centre (`approximate`) joins no walking-distance group: two of them at one centre are 0 m apart on the
 * map and maybe 100 km apart on the ground. It still counts in its community (same-community opportunities).
 */
export function findColocations(
  points: readonly ServicePoint[],
  places: readonly PopulatedPlace[],
  radiusM: number,
): ColocationResult {
  const roots = linkExact(points, radiusM);
  const members = new Map<number, number[]>();
  roots.forEach((r, i) => {
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  const placeIndex = placeLookup(places).index;
  // Many sites repeat an address (a chain of counters in one building): fold each distinct one once.
  const keyOf = memo((s) => addressKey(...(s.split('\u0000') as [string, string])));
  const addressOf = (p: ServicePoint) => keyOf(`${p.address}\u0000${p.city}`);
  const groups: ColocationGroup[] = [];
  for (const idx of members.values()) {
    if (idx.length < 2) continue;
    const sites = idx.flatMap((i) => points[i] ?? []);
    if (new Set(sites.map((s) => s.jurisdiction)).size < 2) continue;
    groups.push(describeGroup(sites, placeIndex, addressOf));
  }
  groups.sort((a, b) => b.score - a.score || byCode(a.id, b.id));
  return {
    radius_m: radiusM,
    groups,
    same_community: sameCommunityOpportunities(points, roots, places),
  };
}

/** `linkComponents` over the sites with an exact position; each approximate one is a component of its own. */
function linkExact(points: readonly ServicePoint[], radiusM: number): Int32Array {
  const exact: number[] = [];
  points.forEach((p, i) => {
    if (!p.approximate) exact.push(i);
  });
  if (exact.length === points.length) return linkComponents(points, radiusM);
  const exactRoots = linkComponents(
    exact.map((i) => points[i] as ServicePoint),
    radiusM,
  );
  const roots = Int32Array.from(points, (_, i) => i);
  exact.forEach((i, j) => {
    roots[i] = exact[exactRoots[j] as number] as number;
  });
  return roots;
}

function describeGroup(
  sites: ServicePoint[],
  placeIndex: LonLatIndex<PopulatedPlace>,
  addressOf: (p: ServicePoint) => string,
): ColocationGroup {
  sites.sort((a, b) => byCode(a.id, b.id));
  const jurisdictions = [...new Set(sites.map((s) => s.jurisdiction))].sort();
  const lon = sites.reduce((sum, s) => sum + s.lon, 0) / sites.length;
  const lat = sites.reduce((sum, s) => sum + s.lat, 0) / sites.length;
  const maxDistance = groupDiameterM(sites);
  // Addresses are folded only when the distance does not settle it, and only until the first mismatch.
  const sameBuilding = maxDistance <= SAME_BUILDING_M || sameAddress(sites, addressOf);
  const population = placeIndex
    .withinM(lon, lat, CATCHMENT_RADIUS_M)
    .reduce((sum, i) => sum + (placeIndex.items[i]?.population ?? 0), 0);
  const { shared, complementary } = compareServices(sites);
  return {
    id: `grp:${sites[0]?.id ?? ''}`,
    points: sites.map((s) => s.id),
    jurisdictions,
    levels: [...new Set(sites.map((s) => s.level))].sort(),
    centroid: [round(lon, 6), round(lat, 6)],
    max_distance_m: Math.round(maxDistance),
    same_building: sameBuilding,
    shared_services: shared,
    complementary_services: complementary,
    population_10km: population,
    score: round((population / 1000) * jurisdictions.length * (sameBuilding ? CO_LOCATED_DISCOUNT : 1), 1),
    sites: sites.map((s) => ({
      id: s.id,
      jurisdiction: s.jurisdiction,
      level: s.level,
      name_en: s.name_en,
      name_fr: s.name_fr,
      site_type: s.site_type,
      address: s.address,
      city: s.city,
      province: s.province,
      lat: s.lat,
      lon: s.lon,
      services: [...s.services],
    })),
  };
}

/** True when every site has the same non-empty normalised civic address. */
function sameAddress(sites: readonly ServicePoint[], addressOf: (p: ServicePoint) => string): boolean {
  const first = sites[0] ? addressOf(sites[0]) : '';
  if (first === '') return false;
  for (let i = 1; i < sites.length; i++) {
    const s = sites[i];
    if (s && addressOf(s) !== first) return false;
  }
  return true;
}

/** Services by how many of the group's jurisdictions offer them: ≥2 → shared, exactly 1 → complementary. */
function compareServices(sites: readonly ServicePoint[]): { shared: string[]; complementary: string[] } {
  const offeredBy = new Map<string, Set<string>>();
  for (const s of sites) {
    for (const code of s.services) {
      const set = offeredBy.get(code) ?? new Set<string>();
      set.add(s.jurisdiction);
      offeredBy.set(code, set);
    }
  }
  const codes = [...offeredBy.keys()].sort();
  return {
    shared: codes.filter((c) => (offeredBy.get(c)?.size ?? 0) >= 2),
    complementary: codes.filter((c) => offeredBy.get(c)?.size === 1),
  };
}
