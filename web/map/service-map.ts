import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { PointCollection } from '../api/client.ts';
import { basemapStyle } from './basemap-style.ts';
import { LEVEL_COLORS } from './colors.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface ServiceMapOptions {
  container: HTMLElement;
  apiBase: string;
  lang: 'en' | 'fr';
  ariaLabel: string;
  /** Called with a point's global id when the user clicks it. */
  onSelect: (id: string) => void;
}

const CANADA: [[number, number], [number, number]] = [
  [-141, 41.7],
  [-52.6, 70],
];

/**
 * Owns the maplibregl.Map. React hands it data and handlers and never touches the map directly; the class
 * skips `setData` when it is handed the same collection again.
 */
export class ServiceMap {
  readonly map: maplibregl.Map;
  private points: PointCollection | undefined;
  private lang: 'en' | 'fr';
  private selected: string | null = null;

  constructor(private readonly options: ServiceMapOptions) {
    this.lang = options.lang;
    this.map = new maplibregl.Map({
      container: options.container,
      style: basemapStyle(options.apiBase, options.lang),
      bounds: CANADA,
      fitBoundsOptions: { padding: 10 },
      attributionControl: { compact: true, customAttribution: 'Statistics Canada, Natural Earth, GeoNames' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.getCanvas().setAttribute('aria-label', options.ariaLabel);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => this.addPointLayers());
  }

  private addPointLayers() {
    const m = this.map;
    m.addSource('points', {
      type: 'geojson',
      data: this.points ?? { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterMaxZoom: 8,
      clusterRadius: 40,
      promoteId: 'id',
    });
    m.addLayer({
      id: 'clusters',
      type: 'circle',
      source: 'points',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': '#333333',
        'circle-stroke-width': 1.5,
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 50, 21],
      },
    });
    m.addLayer({
      id: 'cluster-count',
      type: 'symbol',
      source: 'points',
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
      },
      paint: { 'text-color': '#111111' },
    });
    m.addLayer({
      id: 'points',
      type: 'circle',
      source: 'points',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': [
          'match',
          ['get', 'level'],
          ...Object.entries(LEVEL_COLORS).flat(),
          '#555555',
        ] as never,
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 9, 6],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.5],
        'circle-opacity': ['match', ['get', 'status'], 'closed', 0.45, 1],
      },
    });
    m.on('click', 'points', (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') this.options.onSelect(id);
    });
    m.on('click', 'clusters', async (e) => {
      const f = e.features?.[0];
      const source = m.getSource<maplibregl.GeoJSONSource>('points');
      if (!f || !source || f.geometry.type !== 'Point') return;
      const zoom = await source.getClusterExpansionZoom(Number(f.properties?.cluster_id));
      m.easeTo({ center: f.geometry.coordinates as [number, number], zoom });
    });
    for (const layer of ['points', 'clusters']) {
      m.on('mouseenter', layer, () => {
        m.getCanvas().style.cursor = 'pointer';
      });
      m.on('mouseleave', layer, () => {
        m.getCanvas().style.cursor = '';
      });
    }
  }

  setPoints(points: PointCollection) {
    if (points === this.points) return;
    this.points = points;
    this.map.getSource<maplibregl.GeoJSONSource>('points')?.setData(points as GeoJSON.FeatureCollection);
  }

  setLanguage(lang: 'en' | 'fr', ariaLabel: string) {
    this.map.getCanvas().setAttribute('aria-label', ariaLabel);
    if (lang === this.lang) return;
    this.lang = lang;
    if (this.map.getLayer('province-labels')) {
      this.map.setLayoutProperty('province-labels', 'text-field', [
        'get',
        lang === 'fr' ? 'name_fr' : 'name_en',
      ]);
    }
  }

  select(id: string | null) {
    if (this.selected && this.map.getSource('points'))
      this.map.setFeatureState({ source: 'points', id: this.selected }, { selected: false });
    this.selected = id;
    if (id && this.map.getSource('points'))
      this.map.setFeatureState({ source: 'points', id }, { selected: true });
  }

  destroy() {
    this.map.remove();
  }
}
