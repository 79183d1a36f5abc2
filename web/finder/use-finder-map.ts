import { useEffect, useRef } from 'react';
import type { PointCollection } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ServiceMap } from '../map/service-map.ts';

interface Options {
  results: PointCollection | null;
  origin: { lat: number; lon: number } | null;
  selected: string | null;
  view: 'list' | 'map';
  onSelect: (id: string) => void;
}

/** Creates the finder's ServiceMap once and hands it data; React never touches the map itself. */
export function useFinderMap(o: Options) {
  const { t, lang } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<ServiceMap | null>(null);
  const onSelect = useRef(o.onSelect);
  onSelect.current = o.onSelect;

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once on purpose; later changes go through the effects below
  useEffect(() => {
    if (!container.current) return;
    const m = new ServiceMap({
      container: container.current,
      apiBase: `${window.location.origin}/api/v1`,
      lang,
      ariaLabel: t('finder.mapLabel'),
      onSelect: (id) => onSelect.current(id),
    });
    mapRef.current = m;
    window.__serviceMap = m;
    return () => {
      m.destroy();
      mapRef.current = null;
    };
  }, []);
  useEffect(() => mapRef.current?.setLanguage(lang, t('finder.mapLabel')), [lang, t]);
  const { results } = o;
  const lat = o.origin?.lat;
  const lon = o.origin?.lon;
  useEffect(() => {
    mapRef.current?.setResults(results, lat !== undefined && lon !== undefined ? { lat, lon } : null);
  }, [results, lat, lon]);
  useEffect(() => mapRef.current?.select(o.selected), [o.selected]);
  // The map may have been hidden (phone list view): measure it again when shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view and the results change the map's box
  useEffect(() => {
    mapRef.current?.resize();
  }, [o.view, o.results]);
  const highlight = (id: string | null) => mapRef.current?.highlight(id);
  return { container, highlight };
}
