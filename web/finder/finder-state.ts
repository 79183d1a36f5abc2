import { useCallback, useEffect, useRef, useState } from 'react';

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

/**
 * What makes a new step of a search, which the browser's Back button returns from: another place, another
 * service, a point's details opened. Filters, "show more" and the list/map switch refine the same step.
 */
function isStep(before: FinderState, after: FinderState): boolean {
  // A typed place is found a moment later: its position completes the step the typing began. (The device's
  // position comes with no typed place: a step of its own.)
  const located =
    before.lat === undefined && after.lat !== undefined && after.q !== '' && before.q === after.q;
  return (
    (!located && (before.lat !== after.lat || before.lon !== after.lon || before.q !== after.q)) ||
    before.service !== after.service ||
    (after.sel !== undefined && after.sel !== before.sel)
  );
}

/**
 * The finder state, in the URL: read from it, written back whenever it changes (a new history entry for a new step
 * of the search, see `isStep`), and read again when Back or Forward brings another entry.
 */
export function useFinderState(): [FinderState, (change: Partial<FinderState>) => void] {
  const [state, setState] = useState(() => readState(window.location.search));
  const written = useRef(state);
  useEffect(() => {
    const before = written.current;
    written.current = state;
    const url = new URL(window.location.href);
    const next = writeState(state, url.search);
    if (next === url.searchParams.toString()) return;
    url.search = next;
    // Closing details opened by a step of their own goes back to the entry before it, so Back does not reopen them.
    const closing = before.sel !== undefined && state.sel === undefined && !isStep(before, state);
    if (closing && (window.history.state as { finder?: string } | null)?.finder === 'details') {
      window.history.back();
      return;
    }
    if (isStep(before, state))
      window.history.pushState({ finder: state.sel !== before.sel ? 'details' : 'step' }, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }, [state]);
  useEffect(() => {
    const onPop = () => {
      if (window.location.pathname !== '/') return;
      const restored = readState(window.location.search);
      written.current = restored;
      setState(restored);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((change: Partial<FinderState>) => setState((s) => ({ ...s, ...change })), []);
  return [state, update];
}

/** The filters all cleared (the service stays: it is the question). */
export const NO_FILTERS = {
  level: [],
  language: undefined,
  access: [],
  site: [],
  open: undefined,
  at: undefined,
} satisfies Partial<FinderState>;

/** Number of active filters (service excluded: it is the main question, not a filter). */
export function activeFilters(s: FinderState): number {
  return s.level.length + (s.language ? 1 : 0) + s.access.length + s.site.length + (s.open ? 1 : 0);
}
