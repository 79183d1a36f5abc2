import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../map/basemap-style.ts';
import { LEVEL_COLORS } from '../map/colors.ts';
import { controlLocale, relabelControls } from '../map/control-words.ts';
import { PLANNER_COLORS } from './planner-colors.ts';

maplibregl.setWorkerUrl(workerUrl);

/** What the map shows: one analysis at a time. */
export type PlannerMode = 'colocation' | 'gaps' | 'whatif' | 'suggest';

type Fc = GeoJSON.FeatureCollection<GeoJSON.Point>;
const EMPTY: Fc = { type: 'FeatureCollection', features: [] };

export interface PlannerMapOptions {
  container: HTMLElement;
  apiBase: string;
  lang: 'en' | 'fr';
  ariaLabel: string;
  /** A co-location group or same-community marker was clicked: its id. */
  onGroup: (id: string) => void;
  /** What-if mode: the map was clicked away from a point, at `[lon, lat]`. */
  onAddSite: (lon: number, lat: number) => void;
  /** What-if mode: an existing point was clicked: its global id. */
  onTogglePoint: (id: string) => void;
}

/** Sources and the modes in which their layers are visible. */
const SOURCES = {
  places: ['gaps', 'whatif', 'suggest'],
  groups: ['colocation'],
  sites: ['colocation'],
  points: ['whatif'],
  added: ['whatif'],
  suggested: ['suggest'],
} as const satisfies Record<string, readonly PlannerMode[]>;
type SourceId = keyof typeof SOURCES;

const CANADA: [[number, number], [number, number]] = [
  [-141, 41.7],
  [-52.6, 70],
];

/**
 * Owns the planner's maplibregl.Map (separate from the public ServiceMap, so the two views evolve apart).
 * React hands it GeoJSON and handlers; it skips `setData` when handed the same object again, and keeps
 * data that arrives before the style has loaded until it has.
 */
export class PlannerMap {
  readonly map: maplibregl.Map;
  private data: Partial<Record<SourceId, Fc>> = {};
  private mode: PlannerMode = 'colocation';
  private selectedGroup: string | null = null;

  constructor(private readonly options: PlannerMapOptions) {
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
    this.map.on('load', () => this.addLayers());
  }

  /** True once the analysis layers exist (the style loaded). */
  get ready(): boolean {
    return this.map.getSource('groups') !== undefined;
  }

  private addLayers() {
    const m = this.map;
    for (const id of Object.keys(SOURCES) as SourceId[])
      m.addSource(id, { type: 'geojson', data: this.data[id] ?? EMPTY, promoteId: 'id' });
    const sqrtPop = ['sqrt', ['max', ['to-number', ['get', 'population']], 1]];
    m.addLayer({
      id: 'places',
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': ['interpolate', ['linear'], sqrtPop, 0, 2, 100, 4, 1000, 10, 2500, 18] as never,
        'circle-color': [
          'case',
          ['boolean', ['get', 'covered'], false],
          PLANNER_COLORS.covered,
          PLANNER_COLORS.uncovered,
        ],
        'circle-opacity': 0.7,
        'circle-stroke-color': [
          'match',
          ['get', 'change'],
          'gained',
          PLANNER_COLORS.gained,
          'lost',
          PLANNER_COLORS.lost,
          '#ffffff',
        ],
        'circle-stroke-width': ['match', ['get', 'change'], 'gained', 3, 'lost', 3, 0.5],
      },
    });
    m.addLayer({
      id: 'points',
      type: 'circle',
      source: 'points',
      // Open sites drawn above closed ones, so a site left open at a shared address stays visible.
      layout: { 'circle-sort-key': ['case', ['boolean', ['get', 'closing'], false], 0, 1] },
      paint: {
        'circle-radius': 5,
        'circle-color': ['case', ['boolean', ['get', 'closing'], false], '#ffffff', PLANNER_COLORS.site],
        'circle-stroke-color': [
          'case',
          ['boolean', ['get', 'closing'], false],
          PLANNER_COLORS.lost,
          '#ffffff',
        ],
        'circle-stroke-width': ['case', ['boolean', ['get', 'closing'], false], 2.5, 1],
      },
    });
    m.addLayer({
      id: 'added',
      type: 'circle',
      source: 'added',
      paint: {
        'circle-radius': 8,
        'circle-color': PLANNER_COLORS.added,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    m.addLayer({
      id: 'groups',
      type: 'circle',
      source: 'groups',
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['sqrt', ['to-number', ['get', 'score']]],
          0,
          5,
          10,
          9,
          40,
          16,
        ] as never,
        'circle-color': [
          'match',
          ['get', 'kind'],
          'same_community',
          PLANNER_COLORS.community,
          [
            'case',
            ['boolean', ['get', 'same_building'], false],
            PLANNER_COLORS.coLocated,
            PLANNER_COLORS.opportunity,
          ],
        ],
        'circle-stroke-color': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          '#000000',
          '#ffffff',
        ],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.5],
        'circle-opacity': 0.9,
      },
    });
    m.addLayer({
      id: 'sites',
      type: 'circle',
      source: 'sites',
      paint: {
        'circle-radius': 7,
        'circle-color': [
          'match',
          ['get', 'level'],
          ...Object.entries(LEVEL_COLORS).flat(),
          '#555555',
        ] as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    m.addLayer({
      id: 'suggested',
      type: 'circle',
      source: 'suggested',
      paint: {
        'circle-radius': 11,
        'circle-color': PLANNER_COLORS.added,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    m.addLayer({
      id: 'suggested-rank',
      type: 'symbol',
      source: 'suggested',
      layout: {
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    });
    m.on('click', (e) => this.onClick(e));
    for (const layer of ['groups', 'points']) {
      m.on('mouseenter', layer, () => {
        m.getCanvas().style.cursor = 'pointer';
      });
      m.on('mouseleave', layer, () => {
        m.getCanvas().style.cursor = this.mode === 'whatif' ? 'crosshair' : '';
      });
    }
    this.applyMode();
    this.applySelection();
  }

  private onClick(e: maplibregl.MapMouseEvent) {
    if (this.mode === 'colocation') {
      const f = this.map.queryRenderedFeatures(e.point, { layers: ['groups'] })[0];
      const id = f?.properties?.id;
      if (typeof id === 'string') this.options.onGroup(id);
      return;
    }
    if (this.mode !== 'whatif') return;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [e.point.x - 4, e.point.y - 4],
      [e.point.x + 4, e.point.y + 4],
    ];
    // Offices of several governments often stand at one spot: each click closes the next open one there,
    // and once all are closed a click reopens the first.
    const under = this.map.queryRenderedFeatures(box, { layers: ['points'] });
    const f = under.find((x) => x.properties?.closing !== true) ?? under[0];
    const id = f?.properties?.id;
    if (typeof id === 'string') this.options.onTogglePoint(id);
    else this.options.onAddSite(e.lngLat.lng, e.lngLat.lat);
  }

  private applyMode() {
    if (!this.ready) return;
    for (const [source, modes] of Object.entries(SOURCES)) {
      const visible = (modes as readonly PlannerMode[]).includes(this.mode) ? 'visible' : 'none';
      for (const layer of source === 'suggested' ? ['suggested', 'suggested-rank'] : [source])
        this.map.setLayoutProperty(layer, 'visibility', visible);
    }
    this.map.getCanvas().style.cursor = this.mode === 'whatif' ? 'crosshair' : '';
  }

  setMode(mode: PlannerMode) {
    this.mode = mode;
    this.applyMode();
  }

  /** Hands a layer its features; the same object twice is a no-op. */
  setData(source: SourceId, data: Fc) {
    if (this.data[source] === data) return;
    this.data[source] = data;
    this.map.getSource<maplibregl.GeoJSONSource>(source)?.setData(data);
  }

  private applySelection() {
    if (!this.ready) return;
    this.map.removeFeatureState({ source: 'groups' });
    if (this.selectedGroup)
      this.map.setFeatureState({ source: 'groups', id: this.selectedGroup }, { selected: true });
  }

  /** Highlights a group and zooms to `[[west, south], [east, north]]` (degrees), or clears the highlight. */
  selectGroup(id: string | null, bounds?: [[number, number], [number, number]]) {
    this.selectedGroup = id;
    this.applySelection();
    // Zoom 13 at most: closer, the offline basemap shows nothing but the dots.
    if (bounds) this.map.fitBounds(bounds, { padding: 80, maxZoom: 13, duration: 600 });
  }

  setLanguage(lang: 'en' | 'fr', ariaLabel: string) {
    this.map.getCanvas().setAttribute('aria-label', ariaLabel);
    relabelControls(this.map, lang);
    if (this.map.getLayer('province-labels'))
      this.map.setLayoutProperty('province-labels', 'text-field', [
        'get',
        lang === 'fr' ? 'name_fr' : 'name_en',
      ]);
  }

  destroy() {
    this.map.remove();
  }
}
