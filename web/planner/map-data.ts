import type { ColocationResult } from '../../server/core/analysis/colocation.ts';
import type { GapsResult } from '../../server/core/analysis/gaps.ts';
import type { AddedSite, ScenarioResult } from '../../server/core/analysis/scenario.ts';
import type { SuggestResult } from '../../server/core/analysis/suggest.ts';
import type { PointCollection } from '../api/client.ts';

/** Pure builders of the planner map's GeoJSON (`[lon, lat]`) from the analyses' answers. */

type Fc = GeoJSON.FeatureCollection<GeoJSON.Point>;
const point = (id: string, lon: number, lat: number, properties: GeoJSON.GeoJsonProperties) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
  properties: { id, ...properties },
});

/** Group centroids and same-community places, sized by score. */
export function groupFeatures(r: ColocationResult | undefined): Fc {
  if (!r) return { type: 'FeatureCollection', features: [] };
  return {
    type: 'FeatureCollection',
    features: [
      ...r.same_community.map((c) => point(c.id, c.lon, c.lat, { kind: 'same_community', score: c.score })),
      ...r.groups.map((g) =>
        point(g.id, g.centroid[0], g.centroid[1], {
          kind: 'group',
          score: g.score,
          same_building: g.same_building,
        }),
      ),
    ],
  };
}

/** The sites of the selected group (or of the selected same-community place), coloured by level. */
export function siteFeatures(
  r: ColocationResult | undefined,
  selected: string | null,
  points: PointCollection | undefined,
): Fc {
  const group = r?.groups.find((g) => g.id === selected);
  if (group) {
    return {
      type: 'FeatureCollection',
      features: group.sites.map((s) => point(s.id, s.lon, s.lat, { level: s.level })),
    };
  }
  const community = r?.same_community.find((c) => c.id === selected);
  const ids = new Set(community?.points ?? []);
  return {
    type: 'FeatureCollection',
    features: (points?.features ?? [])
      .filter((f) => ids.has(f.id))
      .map((f) => point(f.id, f.properties.lon, f.properties.lat, { level: f.properties.level })),
  };
}

/** `[[west, south], [east, north]]` around a group's sites or a community's offices, in degrees. */
export function selectionBounds(
  r: ColocationResult | undefined,
  selected: string | null,
  points: PointCollection | undefined,
): [[number, number], [number, number]] | undefined {
  const coords = siteFeatures(r, selected, points).features.map((f) => f.geometry.coordinates);
  if (coords.length === 0) return undefined;
  const lons = coords.map((c) => c[0] ?? 0);
  const lats = coords.map((c) => c[1] ?? 0);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/** Every populated place, covered or not, with how a scenario changed it (`gained` / `lost`). */
export function placeFeatures(gaps: GapsResult | undefined, scenario?: ScenarioResult): Fc {
  const key = (p: { name: string; province: string; lat: number }) => `${p.province}:${p.name}:${p.lat}`;
  const gained = new Set(scenario?.newly_covered.map(key));
  const lost = new Set(scenario?.newly_uncovered.map(key));
  return {
    type: 'FeatureCollection',
    features: (gaps?.places ?? []).map((p) => {
      const k = key(p);
      const change = gained.has(k) ? 'gained' : lost.has(k) ? 'lost' : 'none';
      const covered = change === 'gained' ? true : change === 'lost' ? false : p.covered;
      return point(k, p.lon, p.lat, { population: p.population, covered, change });
    }),
  };
}

/** Existing points taking part in the what-if (open, matching the filters), marked when set to close. */
export function whatIfPointFeatures(
  points: PointCollection | undefined,
  keep: (p: PointCollection['features'][number]['properties']) => boolean,
  closing: ReadonlySet<string>,
): Fc {
  return {
    type: 'FeatureCollection',
    features: (points?.features ?? [])
      .filter((f) => f.properties.status !== 'closed' && keep(f.properties))
      .map((f) => point(f.id, f.properties.lon, f.properties.lat, { closing: closing.has(f.id) })),
  };
}

/** The what-if's added sites, `[lon, lat]`. */
export function addedFeatures(added: readonly AddedSite[]): Fc {
  return {
    type: 'FeatureCollection',
    features: added.map((s, i) => point(`added-${i}`, s.lon, s.lat, { name: s.name ?? '' })),
  };
}

/** The suggested sites with their rank, drawn as numbered circles. */
export function suggestedFeatures(r: SuggestResult | undefined): Fc {
  return {
    type: 'FeatureCollection',
    features: (r?.sites ?? []).map((s) =>
      point(`site-${s.rank}`, s.lon, s.lat, { rank: s.rank, name: s.name }),
    ),
  };
}
