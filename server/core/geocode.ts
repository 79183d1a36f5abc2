import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { haversineM } from './geo/distance.ts';
import { PLACE_ALIASES, parsePostal, placeKey, splitProvince } from './geocode-text.ts';
import { foldText } from './text.ts';

/** Where a query may land: an FSA centroid or a named place. Coordinates are WGS84 degrees. */
export interface GeocodeCandidate {
  /** Human-readable, in the data's own words: `K1A — Government of Canada Ottawa and Gatineau offices, ON`. */
  label: string;
  lat: number;
  lon: number;
  kind: 'fsa' | 'place';
  /** Radius in metres within which the person most likely is; rounded to 100 m. */
  uncertainty_m: number;
  /** Always true for a postal code: only the FSA centroid is open data, not the building. */
  approximate: boolean;
  /** A rural FSA (second character `0`) spans many communities: the community name is a better answer. */
  rural: boolean;
  /** Two-letter code, lower case. */
  province: string;
  /** The place or FSA area name. */
  name: string;
  /** For `kind: 'fsa'`: the three-character FSA, and the full postal code when one was typed. */
  fsa?: string;
  postal_code?: string;
  /** For `kind: 'place'`: its population when known (GeoNames), used to rank same-name places. */
  population?: number;
}

export type GeocodeInterpretation = 'postal_code' | 'fsa' | 'place' | 'malformed_postal_code' | 'empty';

export interface GeocodeResult {
  query: string;
  /** How the query was read, so a client can say what was tried. */
  interpreted_as: GeocodeInterpretation;
  candidates: GeocodeCandidate[];
}

export interface GeocoderSources {
  fsaCentroids: ReadonlyMap<
    string,
    { fsa: string; city: string; province: string; lat: number; lon: number }
  >;
  places: readonly { name: string; province: string; lat: number; lon: number; population: number }[];
  /** Neighbourhoods and the like: found by name like the places. */
  placeSections?: readonly { name: string; province: string; lat: number; lon: number; population: number }[];
  gazetteer: readonly { name: string; province: string; lat: number; lon: number }[];
}

interface PlaceEntry {
  name: string;
  key: string;
  province: string;
  lat: number;
  lon: number;
  population: number | undefined;
}

const MAX_CANDIDATES = 8;
const round100 = (m: number) => Math.max(100, Math.round(m / 100) * 100);

/**
 * A town's likely extent from its population: ~1 km for a village, ~7 km for 120,000 people, capped at 25 km
 * for the largest cities. Gazetteer entries without a population (neighbourhoods, hamlets) get 3 km.
 */
export function placeUncertaintyM(population: number | undefined): number {
  if (!population) return 3000;
  return round100(Math.min(25_000, Math.max(1000, 20 * Math.sqrt(population))));
}

/**
 * Geocodes postal codes, FSAs and place names against the reference data (FSA centroids, GeoNames populated
 * places and gazetteer). Built once from the reference data; `geocode()` is pure and fast.
 */
export class Geocoder {
  private readonly places: PlaceEntry[];
  private readonly fsaRadius = new Map<string, number>();

  constructor(private readonly sources: GeocoderSources) {
    this.places = mergePlaces(sources);
    this.measureFsas();
  }

  /**
   * An FSA's extent is not in the centroid file, so it is estimated as the distance to the nearest other FSA
   * centroid (FSAs tile the country: a dense urban FSA is ~1–3 km across, a rural one tens of km).
   */
  private measureFsas() {
    const fsas = [...this.sources.fsaCentroids.values()];
    if (fsas.length < 2) return;
    const tree = new KDBush(fsas.length);
    for (const f of fsas) tree.add(f.lon, f.lat);
    tree.finish();
    fsas.forEach((f, i) => {
      const [nearest] = around(tree, f.lon, f.lat, 1, undefined, (j: number) => j !== i);
      const other = nearest === undefined ? undefined : fsas[nearest];
      const d = other ? haversineM(f.lon, f.lat, other.lon, other.lat) : 10_000;
      // A rural FSA covers many communities far apart, so its radius is allowed to be much larger.
      const cap = f.fsa[1] === '0' ? 200_000 : 50_000;
      this.fsaRadius.set(f.fsa, round100(Math.min(cap, Math.max(1000, d))));
    });
  }

  geocode(query: string): GeocodeResult {
    const q = query.trim().slice(0, 200);
    if (foldText(q) === '') return { query: q, interpreted_as: 'empty', candidates: [] };
    // A postal code inside an address ("24 Sussex Dr, Ottawa K1M 1M4") is the most precise part of it.
    const embedded = /\b([a-z]\d[a-z])[\s-]?(\d[a-z]\d)\b/i.exec(q);
    const inside = embedded ? parsePostal(`${embedded[1]}${embedded[2]}`) : undefined;
    const postal = parsePostal(q) ?? (inside?.kind === 'postal_code' ? inside : undefined);
    if (postal?.kind === 'malformed_postal_code')
      return { query: q, interpreted_as: 'malformed_postal_code', candidates: [] };
    if (postal) {
      const found = this.sources.fsaCentroids.get(postal.fsa);
      const postalCode = postal.kind === 'postal_code' ? `${postal.fsa} ${postal.ldu}` : undefined;
      return {
        query: q,
        interpreted_as: postal.kind,
        candidates: found ? [this.fsaCandidate(found, postalCode)] : [],
      };
    }
    return { query: q, interpreted_as: 'place', candidates: this.findPlaces(q) };
  }

  private fsaCandidate(
    f: { fsa: string; city: string; province: string; lat: number; lon: number },
    postalCode: string | undefined,
  ): GeocodeCandidate {
    const province = fsaProvince(f.fsa, f.province);
    return {
      label: `${postalCode ?? f.fsa} — ${f.city}, ${province.toUpperCase()}`,
      lat: f.lat,
      lon: f.lon,
      kind: 'fsa',
      uncertainty_m: this.fsaRadius.get(f.fsa) ?? 5000,
      approximate: true,
      rural: f.fsa[1] === '0',
      province,
      name: f.city,
      fsa: f.fsa,
      ...(postalCode ? { postal_code: postalCode } : {}),
    };
  }

  /** Exact name first, then names that start with the query; bigger places first within each. */
  private findPlaces(q: string): GeocodeCandidate[] {
    const { name, province } = splitProvince(foldText(q.replace(/[,;()/]+/g, ' ')));
    const typed = placeKey(name || q);
    const key = PLACE_ALIASES[typed] ?? typed;
    if (key.length < 2) return [];
    const inProvince = (p: PlaceEntry) => !province || p.province === province;
    const score = (p: PlaceEntry) => (p.key === key ? 0 : p.key.startsWith(`${key} `) ? 1 : 2);
    const matches = this.places.filter(
      (p) => inProvince(p) && (p.key === key || (key.length >= 3 && p.key.startsWith(key))),
    );
    matches.sort(
      (a, b) =>
        score(a) - score(b) || (b.population ?? 0) - (a.population ?? 0) || a.name.localeCompare(b.name),
    );
    return matches.slice(0, MAX_CANDIDATES).map((p) => ({
      label: `${p.name}, ${p.province.toUpperCase()}`,
      lat: p.lat,
      lon: p.lon,
      kind: 'place' as const,
      uncertainty_m: placeUncertaintyM(p.population),
      approximate: false,
      rural: false,
      province: p.province,
      name: p.name,
      ...(p.population ? { population: p.population } : {}),
    }));
  }
}

/** First letter of an FSA → province (X is split between NT and NU by the area's name). */
const FSA_LETTER: Record<string, string> = {
  A: 'nl',
  B: 'ns',
  C: 'pe',
  E: 'nb',
  G: 'qc',
  H: 'qc',
  J: 'qc',
  K: 'on',
  L: 'on',
  M: 'on',
  N: 'on',
  P: 'on',
  R: 'mb',
  S: 'sk',
  T: 'ab',
  V: 'bc',
  Y: 'yt',
};

/** The two-letter province of an FSA; the centroid file spells a few as names (`Nunavut Territory`). */
export function fsaProvince(fsa: string, given: string): string {
  const p = given.toLowerCase();
  if (/^[a-z]{2}$/.test(p)) return p;
  if (fsa[0] === 'X') return p.includes('nunavut') ? 'nu' : 'nt';
  return FSA_LETTER[fsa[0] ?? ''] ?? p;
}

/**
 * One entry per place: the populated places (which carry a population) and the gazetteer (which has more
 * names) overlap, so a gazetteer name within 2 km of a populated place of the same name is the same place.
 */
function mergePlaces(sources: GeocoderSources): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  const byKey = new Map<string, PlaceEntry[]>();
  const add = (e: PlaceEntry) => {
    const same = byKey.get(`${e.key}|${e.province}`) ?? [];
    if (same.some((s) => haversineM(s.lon, s.lat, e.lon, e.lat) < 2000)) return;
    same.push(e);
    byKey.set(`${e.key}|${e.province}`, same);
    out.push(e);
  };
  const valid = (p: { name: string; lat: number; lon: number }) =>
    p.name !== '' && Number.isFinite(p.lat) && Number.isFinite(p.lon);
  for (const p of [...sources.places, ...(sources.placeSections ?? [])].filter(valid))
    add({
      ...p,
      province: p.province.toLowerCase(),
      key: placeKey(p.name),
      population: p.population || undefined,
    });
  for (const g of sources.gazetteer.filter(valid))
    add({ ...g, province: g.province.toLowerCase(), key: placeKey(g.name), population: undefined });
  return out;
}
