import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { PointCollection } from '../api/client.ts';
import { basemapStyle } from './basemap-style.ts';
import { LEVEL_COLORS } from './colors.ts';
import { controlLocale, relabelControls } from './control-words.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface ServiceMapOptions {
  container: HTMLElement;
  apiBase: string;
  lang: 'en' | 'fr';
  ariaLabel: string;
  /** Called with a point's global id when the user clicks it. */
  onSelect: (id: string) => void;
  /** Called once the points are drawn, or with MapLibre's message when they could not be loaded. */
  onPoints?: (outcome: { loaded: true } | { loaded: false; message: string }) => void;
}

/** Animations are skipped for people who asked their system for reduced motion. */
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

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
  private lang: 'en' | 'fr';
  private selected: string | null = null;
  private results: PointCollection | null = null;
  private origin: { lat: number; lon: number } | null = null;
  private hovered: string | null = null;
  private pendingFit: maplibregl.LngLatBounds | null = null;

  constructor(private readonly options: ServiceMapOptions) {
    this.lang = options.lang;
    this.map = new maplibregl.Map({
      container: options.container,
      style: basemapStyle(options.apiBase, options.lang),
      bounds: CANADA,
      fitBoundsOptions: { padding: 10 },
      attributionControl: { compact: true, customAttribution: 'Statistics Canada, Natural Earth, GeoNames' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: controlLocale(options.lang),
    });
    this.map.getCanvas().setAttribute('aria-label', options.ariaLabel);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => this.addPointLayers());
    this.map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === 'points')
        options.onPoints?.({ loaded: false, message: e.error?.message ?? String(e.error) });
    });
  }

  private addPointLayers() {
    const m = this.map;
    // Every published point in the light `view=map`, as a URL: MapLibre's worker fetches and parses it (MapLibre's
    // advice for large GeoJSON), so the 29 MB of JSON at 100k points are neither parsed on the page's thread nor
    // copied to the worker (/map at 100k points, idle 2.80 → 2.65 s, measured).
    m.addSource('points', {
      type: 'geojson',
      data: `${this.options.apiBase}/points?view=map`,
      cluster: true,
      clusterMaxZoom: 8,
      clusterRadius: 40,
      promoteId: 'id',
    });
    this.flagPointsWhenRendered();
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
      m.easeTo({
        center: f.geometry.coordinates as [number, number],
        zoom,
        duration: reducedMotion() ? 0 : 500,
      });
    });
    this.addResultLayers();
    for (const layer of ['points', 'clusters', 'results']) {
      m.on('mouseenter', layer, () => {
        m.getCanvas().style.cursor = 'pointer';
      });
      m.on('mouseleave', layer, () => {
        m.getCanvas().style.cursor = '';
      });
    }
  }

  /**
   * The finder's layers: the searched position and the numbered results, drawn above every point so the
   * numbers match the list. Results are not clustered: there are at most a few dozen.
   */
  private addResultLayers() {
    const m = this.map;
    m.addSource('origin', { type: 'geojson', data: this.originData() });
    m.addSource('results', { type: 'geojson', data: this.resultsData(), promoteId: 'id' });
    m.addLayer({
      id: 'origin',
      type: 'circle',
      source: 'origin',
      paint: {
        'circle-radius': 8,
        'circle-color': '#26374a',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 3,
      },
    });
    m.addLayer({
      id: 'results',
      type: 'circle',
      source: 'results',
      paint: {
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 14, 11],
        'circle-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#7a2100', '#1d4f91'],
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#f9a825', '#ffffff'],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 4, 2],
      },
    });
    m.addLayer({
      id: 'results-rank',
      type: 'symbol',
      source: 'results',
      layout: {
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    });
    m.on('click', 'results', (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') this.options.onSelect(id);
    });
    if (this.selected) this.select(this.selected);
  }

  private originData(): GeoJSON.FeatureCollection {
    const o = this.origin;
    return {
      type: 'FeatureCollection',
      features: o
        ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [o.lon, o.lat] } }]
        : [],
    };
  }

  private resultsData(): GeoJSON.FeatureCollection {
    return {
      type: 'FeatureCollection',
      features: (this.results?.features ?? []).map((f, i) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { id: f.id, rank: i + 1, name_en: f.properties.name_en, name_fr: f.properties.name_fr },
      })),
    };
  }

  /**
   * Shows the finder's position and its numbered results (list order), and frames them: the position and
   * the nearest results, so the first ones are readable. `null` clears them.
   */
  setResults(results: PointCollection | null, origin: { lat: number; lon: number } | null) {
    if (results === this.results && origin?.lat === this.origin?.lat && origin?.lon === this.origin?.lon)
      return;
    this.results = results;
    this.origin = origin;
    this.map.getSource<maplibregl.GeoJSONSource>('results')?.setData(this.resultsData());
    this.map.getSource<maplibregl.GeoJSONSource>('origin')?.setData(this.originData());
    // Frame the position and the results that are about as near as the nearest one (within 3× its
    // distance, at least 25 km), so a far tail does not zoom the map out to half the country.
    const nearest = results?.features[0]?.properties.distance_m ?? 0;
    const reach = Math.max(25_000, 3 * nearest);
    const near = (results?.features ?? []).filter(
      (f, i) => i === 0 || (f.properties.distance_m ?? 0) <= reach,
    );
    const coords = [
      ...(origin ? [[origin.lon, origin.lat] as [number, number]] : []),
      ...near.slice(0, 10).map((f) => f.geometry.coordinates),
    ];
    if (coords.length === 0) return;
    const bounds = new maplibregl.LngLatBounds(coords[0], coords[0]);
    for (const c of coords) bounds.extend(c);
    this.pendingFit = bounds;
    this.fitIfVisible();
  }

  /** A hidden map (the phone's list view) has no size to fit into: the fit waits until it is shown. */
  private fitIfVisible() {
    const bounds = this.pendingFit;
    const canvas = this.map.getContainer();
    if (!bounds || canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
    this.pendingFit = null;
    this.map.fitBounds(bounds, { padding: 50, maxZoom: 13, duration: reducedMotion() ? 0 : 600 });
  }

  /** Rings the result the user points at or tabs to in the list, so list and map read together. */
  highlight(id: string | null) {
    if (!this.map.getSource('results')) return;
    if (this.hovered) this.map.setFeatureState({ source: 'results', id: this.hovered }, { hover: false });
    this.hovered = id;
    if (id) this.map.setFeatureState({ source: 'results', id }, { hover: true });
  }

  /** Re-measures the container (it was hidden, or changed size). */
  resize() {
    this.map.resize();
    this.fitIfVisible();
  }

  /** Sets `window.__pointsLoaded` (for tests and the page-load benchmark) once the points source is rendered. */
  private flagPointsWhenRendered() {
    const done = () => {
      if (this.map.isSourceLoaded('points')) {
        (window as { __pointsLoaded?: boolean }).__pointsLoaded = true;
        this.options.onPoints?.({ loaded: true });
      } else this.map.once('idle', done);
    };
    this.map.once('idle', done);
  }

  setLanguage(lang: 'en' | 'fr', ariaLabel: string) {
    this.map.getCanvas().setAttribute('aria-label', ariaLabel);
    if (lang === this.lang) return;
    this.lang = lang;
    relabelControls(this.map, lang);
    if (this.map.getLayer('province-labels')) {
      this.map.setLayoutProperty('province-labels', 'text-field', [
        'get',
        lang === 'fr' ? 'name_fr' : 'name_en',
      ]);
    }
  }

  select(id: string | null) {
    for (const source of ['points', 'results']) {
      if (!this.map.getSource(source)) continue;
      if (this.selected) this.map.setFeatureState({ source, id: this.selected }, { selected: false });
      if (id) this.map.setFeatureState({ source, id }, { selected: true });
    }
    this.selected = id;
    const f = id ? this.results?.features.find((r) => r.id === id) : undefined;
    if (f && !this.map.getBounds().contains(f.geometry.coordinates))
      this.map.easeTo({ center: f.geometry.coordinates, duration: reducedMotion() ? 0 : 400 });
  }

  destroy() {
    this.map.remove();
  }
}
