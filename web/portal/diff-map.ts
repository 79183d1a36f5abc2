import * as maplibregl from 'maplibre-gl';
import { basemapStyle } from '../map/basemap-style.ts';
import { controlLocale } from '../map/control-words.ts';

export const CHANGE_COLORS = { added: '#1b7f3b', changed: '#b35c00', removed: '#b00020' } as const;

/** Owns the portal's small map of a preview's changes; React hands it the diff GeoJSON. */
export class DiffMap {
  readonly map: maplibregl.Map;
  private data: GeoJSON.FeatureCollection | undefined;

  constructor(container: HTMLElement, lang: 'en' | 'fr', ariaLabel: string) {
    this.map = new maplibregl.Map({
      container,
      style: basemapStyle(`${window.location.origin}/api/v1`, lang),
      bounds: [
        [-141, 41.7],
        [-52.6, 70],
      ],
      attributionControl: { compact: true },
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: controlLocale(lang),
    });
    this.map.getCanvas().setAttribute('aria-label', ariaLabel);
    this.map.on('load', () => {
      this.map.addSource('diff', {
        type: 'geojson',
        data: this.data ?? { type: 'FeatureCollection', features: [] },
      });
      // A removed point is a ring under the others: a file that replaces a site by one at the same address
      // (a new id, the usual way a steward renames) shows a dot inside a ring, not one colour hiding the other.
      this.map.addLayer({
        id: 'diff-removed',
        type: 'circle',
        source: 'diff',
        filter: ['==', ['get', 'change'], 'removed'],
        paint: {
          'circle-radius': 8,
          'circle-opacity': 0,
          'circle-stroke-color': CHANGE_COLORS.removed,
          'circle-stroke-width': 3,
        },
      });
      this.map.addLayer({
        id: 'diff',
        type: 'circle',
        source: 'diff',
        filter: ['!=', ['get', 'change'], 'removed'],
        paint: {
          'circle-radius': 5,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-color': ['match', ['get', 'change'], 'added', CHANGE_COLORS.added, CHANGE_COLORS.changed],
        },
      });
      this.fit();
    });
  }

  setData(data: GeoJSON.FeatureCollection) {
    if (data === this.data) return;
    this.data = data;
    this.map.getSource<maplibregl.GeoJSONSource>('diff')?.setData(data);
    this.fit();
  }

  private fit() {
    const coords = (this.data?.features ?? []).flatMap((f) =>
      f.geometry.type === 'Point' ? [f.geometry.coordinates as [number, number]] : [],
    );
    if (coords.length === 0) return;
    const bounds = coords.reduce((b, c) => b.extend(c), new maplibregl.LngLatBounds(coords[0], coords[0]));
    this.map.fitBounds(bounds, { padding: 40, maxZoom: 12, duration: 0 });
  }

  destroy() {
    this.map.remove();
  }
}
