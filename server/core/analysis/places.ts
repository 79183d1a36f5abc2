/**
 * A populated place of the reference data (GeoNames): the demand side of the coverage analyses. Not a census
 * product: a few towns are missing. Neighbourhoods and abandoned places are not among them (`placeSections`).
 */
export interface PopulatedPlace {
  name: string;
  /** Two-letter province or territory code, lower case (`on`, `nu`). */
  province: string;
  lat: number;
  lon: number;
  population: number;
}

/** Radius (metres) around a co-location group within which its catchment population is counted. */
export const CATCHMENT_RADIUS_M = 10_000;

/** Rounds to `digits` decimals (the analyses round km to 0.1, shares to 0.001, coordinates to 1e-6). */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Code-point order of two strings: ids and codes are ASCII, and `localeCompare` is ~10× slower on large sorts. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Memoises a string function over the repeated values of a column (city names, addresses). */
export function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}
