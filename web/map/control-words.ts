import type * as maplibregl from 'maplibre-gl';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';

/** MapLibre's own control labels, from the catalogues (it has only English ones: "Zoom in" on a French page). */
export function controlLocale(lang: 'en' | 'fr'): Record<string, string> {
  const words = lang === 'fr' ? fr : en;
  return {
    'NavigationControl.ZoomIn': words['map.zoomIn'],
    'NavigationControl.ZoomOut': words['map.zoomOut'],
    'NavigationControl.ResetBearing': words['map.resetBearing'],
    'AttributionControl.ToggleAttribution': words['map.toggleAttribution'],
  };
}

const BUTTONS: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

/** Relabels the controls already on a map after a change of language (MapLibre reads its locale once). */
export function relabelControls(map: maplibregl.Map, lang: 'en' | 'fr'): void {
  const locale = controlLocale(lang);
  for (const [selector, key] of BUTTONS) {
    const text = locale[key] ?? '';
    for (const el of map.getContainer().querySelectorAll(selector)) {
      el.setAttribute('title', text);
      el.setAttribute('aria-label', text);
    }
  }
}
