import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygonCoords } from '../core/geo/polygon.ts';
import { ProvinceLocator, type ProvinceShape } from '../core/geo/province-locator.ts';
import { fsaProvince } from '../core/geocode.ts';
import type {
  FsaCentroid,
  GazetteerEntry,
  GeoJsonFeatureCollection,
  Place,
  ReferenceData,
  ReferenceLayerStatus,
} from './reference-data.ts';

/** Statistics Canada province/territory UID → our two-letter code. */
const PRUID: Record<string, string> = {
  '10': 'nl',
  '11': 'pe',
  '12': 'ns',
  '13': 'nb',
  '24': 'qc',
  '35': 'on',
  '46': 'mb',
  '47': 'sk',
  '48': 'ab',
  '59': 'bc',
  '60': 'yt',
  '61': 'nt',
  '62': 'nu',
};

const EMPTY: GeoJsonFeatureCollection = { type: 'FeatureCollection', features: [] };

/** The default reference folder: `../shared/data/reference` beside the project root, when it exists. */
export function defaultReferenceDir(projectRoot: string): string | undefined {
  const dir = resolve(projectRoot, '..', 'shared', 'data', 'reference');
  return existsSync(dir) ? dir : undefined;
}

function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/**
 * Loads the reference layers from `dir` (REFERENCE_DATA_DIR). Each layer that is absent is left empty and
 * reported in `status`; the country outlines then come from the `world-atlas` npm package.
 */
export function loadReference(dir: string | undefined): ReferenceData {
  const status: ReferenceLayerStatus[] = [];
  const layer = <T>(
    name: string,
    path: string,
    read: (file: string) => T,
    empty: T,
    count: (t: T) => number,
  ): T => {
    const file = dir ? join(dir, path) : undefined;
    if (file && existsSync(file)) {
      const value = read(file);
      status.push({ layer: name, available: true, source: file, count: count(value) });
      return value;
    }
    status.push({
      layer: name,
      available: false,
      source: file ?? `(no REFERENCE_DATA_DIR)/${path}`,
      count: 0,
    });
    return empty;
  };
  const geojson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as GeoJsonFeatureCollection;
  const features = (fc: GeoJsonFeatureCollection) => fc.features.length;

  const provinces = layer(
    'provinces',
    'boundaries/provinces.geojson',
    (f) => normaliseProvinces(geojson(f)),
    EMPTY,
    features,
  );
  const lakes = layer('lakes', 'boundaries/lakes.geojson', geojson, EMPTY, features);
  let countries = layer('countries', 'boundaries/countries.geojson', geojson, EMPTY, features);
  if (countries.features.length === 0) {
    countries = worldAtlasCountries();
    status.push({
      layer: 'countries (fallback)',
      available: true,
      source: 'npm world-atlas countries-50m',
      count: features(countries),
    });
  }
  const cityLabels = layer('city labels', 'boundaries/city-labels.geojson', geojson, EMPTY, features);
  const fsaCentroids = layer(
    'FSA centroids',
    'postal/fsa-centroids.csv',
    readFsas,
    new Map<string, FsaCentroid>(),
    (m) => m.size,
  );
  const { places, placeSections } = layer(
    'populated places',
    'places/populated-places.csv',
    readPlaces,
    { places: [] as Place[], placeSections: [] as Place[] },
    (a) => a.places.length,
  );
  const gazetteer = layer(
    'gazetteer',
    'places/gazetteer.csv',
    readGazetteer,
    [] as GazetteerEntry[],
    (a) => a.length,
  );

  const shapes: ProvinceShape[] = provinces.features.map((f) => ({
    code: String(f.properties.code),
    coordinates: (f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.coordinates) as MultiPolygonCoords,
  }));
  return {
    dir,
    provinces,
    lakes,
    countries,
    cityLabels,
    fsaCentroids,
    places,
    placeSections,
    gazetteer,
    provinceLocator: new ProvinceLocator(shapes),
    status,
  };
}

/** Keeps the geometry and gives each province `code`, `name_en`, `name_fr` properties. */
function normaliseProvinces(fc: GeoJsonFeatureCollection): GeoJsonFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      properties: {
        code: PRUID[String(f.properties.PRUID)] ?? '',
        name_en: f.properties.PRENAME,
        name_fr: f.properties.PRFNAME,
      },
    })),
  };
}

function readFsas(file: string): Map<string, FsaCentroid> {
  return new Map(
    readCsv(file).map((r) => [
      (r.fsa ?? '').toUpperCase(),
      {
        fsa: (r.fsa ?? '').toUpperCase(),
        city: r.city ?? '',
        // The file spells provinces as names, a few unusually (`Nunavut Territory`): the geocoder's own reading.
        province: fsaProvince((r.fsa ?? '').toUpperCase(), r.province ?? ''),
        lat: Number(r.latitude),
        lon: Number(r.longitude),
      },
    ]),
  );
}

/** GeoNames feature codes of places whose population is not a settlement's own (see `ReferenceData.placeSections`). */
const NOT_COUNTED = new Set(['PPLX', 'PPLQ']);

function readPlaces(file: string): { places: Place[]; placeSections: Place[] } {
  const places: Place[] = [];
  const placeSections: Place[] = [];
  for (const r of readCsv(file)) {
    const place = {
      name: r.name ?? '',
      province: (r.province ?? '').toLowerCase(),
      lat: Number(r.latitude),
      lon: Number(r.longitude),
      population: Number(r.population) || 0,
      timezone: r.timezone ?? '',
    };
    (NOT_COUNTED.has(r.feature_code ?? '') ? placeSections : places).push(place);
  }
  return { places, placeSections };
}

function readGazetteer(file: string): GazetteerEntry[] {
  return readCsv(file).map((r) => ({
    name: r.name ?? '',
    province: (r.province ?? '').toLowerCase(),
    lat: Number(r.latitude),
    lon: Number(r.longitude),
  }));
}

/** Canada and its neighbours from the world-atlas package (Natural Earth 1:50m), used when the reference folder is absent. */
function worldAtlasCountries(): GeoJsonFeatureCollection {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries) as unknown as GeoJsonFeatureCollection;
  const keep = new Set(['Canada', 'United States of America', 'Greenland', 'St. Pierre and Miquelon']);
  return {
    type: 'FeatureCollection',
    features: all.features.filter((f) => keep.has(String(f.properties.name))),
  };
}
