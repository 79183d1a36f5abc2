import type { ProvinceLocator } from '../core/geo/province-locator.ts';

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: unknown };
  }[];
}

export interface FsaCentroid {
  fsa: string;
  city: string;
  province: string;
  lat: number;
  lon: number;
}

export interface Place {
  name: string;
  province: string;
  lat: number;
  lon: number;
  population: number;
  timezone: string;
}

export interface GazetteerEntry {
  name: string;
  province: string;
  lat: number;
  lon: number;
}

/** One reference layer and where it came from, for the log and the About page. */
export interface ReferenceLayerStatus {
  layer: string;
  available: boolean;
  source: string;
  count: number;
}

/** The geography every deployment needs, loaded once at start-up. Missing layers are empty, and listed in `status`. */
export interface ReferenceData {
  dir: string | undefined;
  provinces: GeoJsonFeatureCollection;
  lakes: GeoJsonFeatureCollection;
  countries: GeoJsonFeatureCollection;
  cityLabels: GeoJsonFeatureCollection;
  fsaCentroids: Map<string, FsaCentroid>;
  /** The populated places whose population the analyses count: towns and cities, not their parts. */
  places: Place[];
  /**
   * Places the population would count twice or wrongly: sections of a city (GeoNames `PPLX`, Toronto's 164
   * neighbourhoods, 3.2 M people already in Toronto's figure) and abandoned places (`PPLQ`: "Okanagan", a whole
   * region's 297,601). Found by name, never counted.
   */
  placeSections: Place[];
  gazetteer: GazetteerEntry[];
  provinceLocator: ProvinceLocator;
  status: ReferenceLayerStatus[];
}
