import type { GeoJsonFeatureCollection } from './reference-data.ts';

/** Where each province's name is written on the map (`[lon, lat]`), chosen by hand to sit well inside it. */
const LABEL_POINTS: Record<string, [number, number]> = {
  nl: [-61.0, 53.6],
  pe: [-63.25, 46.4],
  ns: [-63.4, 45.2],
  nb: [-66.4, 46.6],
  qc: [-72.5, 51.5],
  on: [-85.5, 50.0],
  mb: [-97.6, 55.0],
  sk: [-106.0, 54.5],
  ab: [-114.5, 55.0],
  bc: [-124.5, 54.5],
  yt: [-135.5, 63.5],
  nt: [-119.0, 64.5],
  nu: [-95.0, 66.5],
};

/** One label point per province, carrying its EN/FR names. */
export function provinceLabels(provinces: GeoJsonFeatureCollection): GeoJsonFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: provinces.features.flatMap((f) => {
      const at = LABEL_POINTS[String(f.properties.code)];
      return at
        ? [
            {
              type: 'Feature' as const,
              properties: f.properties,
              geometry: { type: 'Point', coordinates: at },
            },
          ]
        : [];
    }),
  };
}
