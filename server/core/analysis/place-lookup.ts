import { foldText } from '../text.ts';
import { LonLatIndex } from './lonlat-index.ts';
import type { PopulatedPlace } from './places.ts';

/** A spatial index and a name lookup over one list of populated places. */
export interface PlaceLookup {
  index: LonLatIndex<PopulatedPlace>;
  /** `<province>|<folded name>` → index of the place (the most populous of two namesakes). */
  byName: Map<string, number>;
}

// The reference places are loaded once and never change, so their lookup is built once per list.
const cache = new WeakMap<readonly PopulatedPlace[], PlaceLookup>();

/** The lookup of `places`, built on first use and kept for as long as the list itself. */
export function placeLookup(places: readonly PopulatedPlace[]): PlaceLookup {
  let lookup = cache.get(places);
  if (!lookup) {
    const byName = new Map<string, number>();
    places.forEach((p, i) => {
      const key = `${p.province}|${foldText(p.name)}`;
      const prev = byName.get(key);
      if (prev === undefined || (places[prev]?.population ?? 0) < p.population) byName.set(key, i);
    });
    lookup = { index: new LonLatIndex(places), byName };
    cache.set(places, lookup);
  }
  return lookup;
}
