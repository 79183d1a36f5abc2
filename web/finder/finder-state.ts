import { useCallback, useEffect, useState } from 'react';

/**
 * Everything the finder shows is in the URL, so a link or a reload restores the same view. `lang` is kept
 * by the I18nProvider and left alone here.
 */
export interface FinderState {
  /** What the user typed in the location box. */
  q: string;
  /** The chosen position, WGS84 degrees; absent until a place is found or the device gave one. */
  lat?: number;
  lon?: number;
  /** Label of the chosen position; `@me` for the device's location. */
  place?: string;
  service?: string;
  level: string[];
  language?: string;
  access: string[];
  site: string[];
  /** `now` (open at the time of the search), `at` (open at `at`, wall-clock time at each point) or none. */
  open?: 'now' | 'at';
  at?: string;
  /** Selected point id (details open). */
  sel?: string;
  /** How many results to list (15 by default; "show more" raises it, up to the API's 100). */
  limit: number;
  /** On a phone: results as a list or on the map. */
  view: 'list' | 'map';
}

/** Results listed before "show more": enough to compare, few enough to read on a phone. */
export const DEFAULT_LIMIT = 15;

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const num = (v: string | null) =>
  v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
const str = (v: string | null) => (v ? v : undefined);

export function readState(search: string): FinderState {
  const p = new URLSearchParams(search);
  const open = p.get('open');
  return {
    q: p.get('q') ?? '',
    lat: num(p.get('lat')),
    lon: num(p.get('lon')),
    place: str(p.get('place')),
    service: str(p.get('service')),
    level: list(p.get('level')),
    language: str(p.get('language')),
    access: list(p.get('access')),
    site: list(p.get('site')),
    open: open === 'now' || open === 'at' ? open : undefined,
    at: str(p.get('at')),
    sel: str(p.get('sel')),
    limit: Math.min(100, Math.max(DEFAULT_LIMIT, Math.round(num(p.get('n')) ?? DEFAULT_LIMIT))),
    view: p.get('view') === 'map' ? 'map' : 'list',
  };
}

export function writeState(s: FinderState, search: string): string {
  const p = new URLSearchParams(search);
  const set = (k: string, v: string | number | undefined) =>
    v === undefined || v === '' ? p.delete(k) : p.set(k, String(v));
  set('q', s.q);
  set('lat', s.lat);
  set('lon', s.lon);
  set('place', s.place);
  set('service', s.service);
  set('level', s.level.join(','));
  set('language', s.language);
  set('access', s.access.join(','));
  set('site', s.site.join(','));
  set('open', s.open);
  set('at', s.open === 'at' ? s.at : undefined);
  set('sel', s.sel);
  set('n', s.limit === DEFAULT_LIMIT ? undefined : s.limit);
  set('view', s.view === 'map' ? 'map' : undefined);
  return p.toString();
}

/** The finder state, read from the URL once and written back (replaceState) whenever it changes. */
export function useFinderState(): [FinderState, (change: Partial<FinderState>) => void] {
  const [state, setState] = useState(() => readState(window.location.search));
  useEffect(() => {
    const url = new URL(window.location.href);
    const next = writeState(state, url.search);
    if (next !== url.searchParams.toString()) {
      url.search = next;
      window.history.replaceState(window.history.state, '', url);
    }
  }, [state]);
  const update = useCallback((change: Partial<FinderState>) => setState((s) => ({ ...s, ...change })), []);
  return [state, update];
}

/** Number of active filters (service excluded: it is the main question, not a filter). */
export function activeFilters(s: FinderState): number {
  return s.level.length + (s.language ? 1 : 0) + s.access.length + s.site.length + (s.open ? 1 : 0);
}
