import type { AddedSite } from '../../server/core/analysis/scenario.ts';
import type { CoverageParams } from './planner-api.ts';
import type { PlannerMode } from './planner-map.ts';
import { TABS } from './planner-tabs.tsx';

/** What the planner shows, as its URL keeps it: a view can be shared or bookmarked, and a reload keeps it. */
export interface PlannerView {
  mode: PlannerMode;
  radius: number;
  levels: string[];
  colService: string | undefined;
  coverage: CoverageParams;
  k: number;
  /** The what-if's sites to add (`add=lat,lon[,name]`, one parameter each) and to close (`close=<point id>`). */
  add: AddedSite[];
  close: string[];
}

/** Bounds on a what-if read from a URL: a link is typed or pasted by anyone. */
const MAX_ADDED = 50;
const MAX_CLOSED = 500;
const MAX_NAME = 120;

/** `45.42,-75.7,Ottawa` → a site; undefined unless both coordinates are numbers on the globe. */
function readSite(v: string): AddedSite | undefined {
  const [lat = '', lon = '', ...rest] = v.split(',');
  const y = lat.trim() === '' ? Number.NaN : Number(lat);
  const x = lon.trim() === '' ? Number.NaN : Number(lon);
  if (!Number.isFinite(y) || !Number.isFinite(x) || Math.abs(y) > 90 || Math.abs(x) > 180) return undefined;
  const name = rest.join(',').trim().slice(0, MAX_NAME);
  return name ? { lat: y, lon: x, name } : { lat: y, lon: x };
}

const within = (v: string | null, min: number, max: number, fallback: number) => {
  const x = v === null || v.trim() === '' ? Number.NaN : Number(v);
  return Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : fallback;
};
const text = (v: string | null) => v || undefined;

/** The view in `search`; anything missing or out of range takes the planner's default. */
export function readPlannerView(search: string): PlannerView {
  const p = new URLSearchParams(search);
  const tab = p.get('tab');
  return {
    mode: TABS.includes(tab as PlannerMode) ? (tab as PlannerMode) : 'colocation',
    radius: within(p.get('radius_m'), 25, 2000, 250),
    levels: (p.get('levels') ?? '').split(',').filter(Boolean),
    colService: text(p.get('col_service')),
    coverage: {
      max_km: within(p.get('max_km'), 5, 300, 50),
      service: text(p.get('service')),
      level: text(p.get('level')),
      jurisdiction: text(p.get('jurisdiction')),
      site_type: text(p.get('site_type')),
    },
    k: within(p.get('k'), 1, 50, 10),
    add: p
      .getAll('add')
      .flatMap((v) => readSite(v) ?? [])
      .slice(0, MAX_ADDED),
    close: [...new Set(p.getAll('close').filter(Boolean))].slice(0, MAX_CLOSED),
  };
}

/** The planner's view when its URL says nothing. */
const DEFAULT_VIEW = readPlannerView('');

/** `search` with the view written into it (other parameters, such as `lang`, kept); defaults are left out. */
export function writePlannerView(v: PlannerView, search: string): string {
  const p = new URLSearchParams(search);
  const set = (key: string, value: string | number | undefined, fallback?: string | number) =>
    value === undefined || value === '' || value === fallback ? p.delete(key) : p.set(key, String(value));
  set('tab', v.mode, DEFAULT_VIEW.mode);
  set('radius_m', v.radius, DEFAULT_VIEW.radius);
  set('levels', v.levels.join(','));
  set('col_service', v.colService);
  set('max_km', v.coverage.max_km, DEFAULT_VIEW.coverage.max_km);
  set('service', v.coverage.service);
  set('level', v.coverage.level);
  set('jurisdiction', v.coverage.jurisdiction);
  set('site_type', v.coverage.site_type);
  set('k', v.k, DEFAULT_VIEW.k);
  p.delete('add');
  for (const s of v.add) p.append('add', [s.lat, s.lon, ...(s.name ? [s.name] : [])].join(','));
  p.delete('close');
  for (const id of v.close) p.append('close', id);
  return p.toString();
}
