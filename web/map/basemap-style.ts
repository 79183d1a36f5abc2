import notoLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS } from './colors.ts';

const abs = (url: string) => new URL(url, window.location.href).href;

/**
 * The offline basemap style: GeoJSON layers served by our own API, text drawn with the bundled Noto Sans
 * (no glyph server, no tiles, no CDN).
 */
export function basemapStyle(apiBase: string, lang: 'en' | 'fr'): StyleSpecification {
  return {
    version: 8,
    'font-faces': {
      'Noto Sans Regular': [
        { url: abs(notoLatin), 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
        { url: abs(notoLatinExt), 'unicode-range': ['U+0100-02AF', 'U+0300-036F', 'U+1E00-1EFF'] },
      ],
    },
    sources: {
      countries: { type: 'geojson', data: `${apiBase}/basemap/countries.geojson` },
      provinces: { type: 'geojson', data: `${apiBase}/basemap/provinces.geojson` },
      'province-labels': { type: 'geojson', data: `${apiBase}/basemap/province-labels.geojson` },
      lakes: { type: 'geojson', data: `${apiBase}/basemap/lakes.geojson` },
      cities: { type: 'geojson', data: `${apiBase}/basemap/cities.geojson` },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      {
        id: 'countries',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': BASEMAP_COLORS.neighbour },
      },
      {
        id: 'provinces-fill',
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': BASEMAP_COLORS.land },
      },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': BASEMAP_COLORS.water } },
      {
        id: 'provinces-line',
        type: 'line',
        source: 'provinces',
        paint: { 'line-color': BASEMAP_COLORS.provinceLine, 'line-width': 0.8 },
      },
      {
        id: 'province-labels',
        type: 'symbol',
        source: 'province-labels',
        maxzoom: 7,
        layout: {
          'text-field': ['get', lang === 'fr' ? 'name_fr' : 'name_en'],
          'text-font': ['Noto Sans Regular'],
          'text-size': 12,
          'text-max-width': 8,
        },
        paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'cities',
        minzoom: 4,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Regular'],
          'text-size': 11,
          'text-offset': [0, 1.1],
          'text-optional': true,
        },
        paint: { 'text-color': '#555555', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      },
    ],
  };
}
