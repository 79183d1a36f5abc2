import { Geocoder } from '../core/geocode.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import type { TownLocator } from './mapped-source.ts';

/** Towns by name and province from the reference places and gazetteer, through the finder's own geocoder. */
export function townLocator(reference: ReferenceData): TownLocator {
  const geocoder = new Geocoder(reference);
  return (town, province) => {
    if (!town || !province) return undefined;
    const found = geocoder
      .geocode(`${town}, ${province.toUpperCase()}`)
      .candidates.find((c) => c.kind === 'place' && c.province === province);
    return found ? { lat: found.lat, lon: found.lon } : undefined;
  };
}
