/**
 * A populated place of the reference data (GeoNames): the demand side of the coverage analyses. Not a census
 * product: a few towns are missing and some neighbourhoods overlap their city.
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
