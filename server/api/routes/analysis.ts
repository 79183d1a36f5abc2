import { createRoute, z } from '@hono/zod-openapi';
import { findColocations, SAME_BUILDING_M } from '../../core/analysis/colocation.ts';
import { findGaps } from '../../core/analysis/gaps.ts';
import { LEVELS } from '../../core/codes.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { openapiQueryHelp } from '../openapi-help.ts';
import { strictQuery } from '../point-query.ts';
import { codeList } from '../query-params.ts';
import { errorResponses } from '../schemas.ts';
import { cachedAnalysis } from './analysis-cache.ts';
import { csvBody, geojsonDownload, pointFeature } from './analysis-format.ts';
import {
  analysisFilters,
  formatParam,
  METHOD_LIMITS,
  maxKmParam,
  optionalNumber,
  selectPoints,
} from './analysis-params.ts';
import { planningRoutes } from './analysis-planning.ts';
import { analysisResponses, ColocationSchema, GapsSchema } from './analysis-schemas.ts';

const COLOCATION_METHOD = `Single-linkage grouping of the published points that pass the filters: two sites are linked when they are within \`radius_m\` metres (great-circle) of each other, and a chain of links is one group, so a block of offices is one group. Only groups with sites of two or more jurisdictions are opportunities. Neighbours come from the in-memory kdbush index, never from all pairs. \`same_building\` is true when every site has the same normalised civic address (accents, case, punctuation, street-type spellings and unit numbers folded) or all sites lie within ${SAME_BUILDING_M} m of each other. \`score\` = population of the populated places within 10 km of the centroid, in thousands × number of jurisdictions, halved when the group is already in one building; for example 60,000 people and 3 governments score 180. \`same_community\` lists populated places where two or more governments have offices but some pair of them has no site within \`radius_m\` of the other (a point belongs to the place named in its city field, else to the nearest place within 10 km); its score is the place's population in thousands × jurisdictions. ${METHOD_LIMITS}`;

const GAPS_METHOD = `For every populated place of the reference data, the great-circle distance to the nearest published point that passes the filters (one kdbush nearest-neighbour search per place). A place is covered when that distance is at most \`max_km\`. Totals, the share of population covered and the counts are given for Canada and per province or territory, with the population by distance band. \`places\` lists the places farther than \`max_km\` (largest population first), or every place with \`places=all\`. With format=csv, \`table=provinces\` exports the per-province table and \`table=bands\` the population by distance band instead of the places. ${METHOD_LIMITS}`;

/** The planner's analyses: co-location opportunities, coverage gaps, what-if scenarios and suggestions. */
export function analysisRoutes(ctx: AppContext) {
  const filters = analysisFilters(ctx.catalog);
  const app = subApp()
    .openapi(
      createRoute({
        method: 'get',
        path: '/analysis/colocation',
        summary:
          'Co-location opportunities: sites of different governments a short walk apart, and same-community offices',
        description: `${COLOCATION_METHOD} ${openapiQueryHelp}`,
        request: {
          query: strictQuery({
            radius_m: optionalNumber(
              'radius_m',
              { min: 1, max: 2000 },
              'Linking distance in metres, 1–2000 (default 250). Co-location is about a short walk; wider radii chain whole downtowns into one group.',
              250,
            ),
            levels: codeList('levels', LEVELS, 'Levels of government taking part (same as `level`).'),
            ...filters,
            table: z
              .enum(['all', 'groups', 'same_community'], {
                error: (iss) =>
                  `Invalid table: expected all, groups or same_community, got "${String(iss.input)}".`,
              })
              .optional()
              .openapi({
                param: { name: 'table', in: 'query' },
                description:
                  'With format=csv or geojson: all (default; a `kind` column tells groups from same-community places), groups, or same_community.',
              }),
            format: formatParam,
          }),
        },
        responses: {
          ...analysisResponses(ColocationSchema, 'Groups by score, highest first.'),
          ...errorResponses,
        },
      }),
      (c) => {
        const q = c.req.valid('query');
        const radius = q.radius_m === undefined ? 250 : Number(q.radius_m);
        const { format: _f, table: _t, ...key } = q;
        const index = ctx.index.current;
        const result = cachedAnalysis(index, `colocation ${JSON.stringify({ ...key, radius })}`, () =>
          findColocations(selectPoints(ctx, q), ctx.reference.places, radius),
        );
        const groups = q.table === 'same_community' ? [] : result.groups;
        const community = q.table === 'groups' ? [] : result.same_community;
        const file = `colocation-${radius}m${q.table && q.table !== 'all' ? `-${q.table.replace('_', '-')}` : ''}`;
        if (q.format === 'csv') {
          const header = [
            'kind',
            'id',
            'name',
            'province',
            'jurisdictions',
            'levels',
            'lon',
            'lat',
            'sites',
            'max_distance_m',
            'same_building',
            'shared_services',
            'complementary_services',
            'population',
            'score',
            'points',
          ];
          const rows = [
            ...groups.map((g) => [
              'group',
              g.id,
              g.sites[0]?.city ?? '',
              (g.sites[0]?.province ?? '').toLowerCase(),
              g.jurisdictions,
              g.levels,
              g.centroid[0],
              g.centroid[1],
              g.points.length,
              g.max_distance_m,
              g.same_building,
              g.shared_services,
              g.complementary_services,
              g.population_10km,
              g.score,
              g.points,
            ]),
            ...community.map((s) => [
              'same_community',
              s.id,
              s.name,
              s.province,
              s.jurisdictions,
              s.levels,
              s.lon,
              s.lat,
              s.points.length,
              null,
              false,
              null,
              null,
              s.population,
              s.score,
              s.points,
            ]),
          ];
          return c.body(csvBody(c, `${file}.csv`, header, rows), 200);
        }
        if (q.format === 'geojson') {
          geojsonDownload(c, `${file}.geojson`);
          const features = [
            ...groups.map((g) => pointFeature(g.id, g.centroid[0], g.centroid[1], { kind: 'group', ...g })),
            ...community.map((s) => pointFeature(s.id, s.lon, s.lat, { kind: 'same_community', ...s })),
          ];
          return c.json({ type: 'FeatureCollection' as const, features }, 200);
        }
        return c.json(result, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/analysis/gaps',
        summary:
          'Coverage gaps: populated places farther than max_km from any matching point, with totals per province',
        description: `${GAPS_METHOD} ${openapiQueryHelp}`,
        request: {
          query: strictQuery({
            max_km: maxKmParam,
            ...filters,
            places: z
              .enum(['uncovered', 'all'], {
                error: (iss) => `Invalid places: expected uncovered or all, got "${String(iss.input)}".`,
              })
              .optional()
              .openapi({
                param: { name: 'places', in: 'query' },
                description: 'uncovered (default): only the gaps; all: every place, each with `covered`.',
              }),
            table: z
              .enum(['places', 'provinces', 'bands'], {
                error: (iss) =>
                  `Invalid table: expected places, provinces or bands, got "${String(iss.input)}".`,
              })
              .optional()
              .openapi({
                param: { name: 'table', in: 'query' },
                description:
                  'With format=csv: places (default), provinces (the per-province table plus Canada) or bands (population by distance band).',
              }),
            format: formatParam,
          }),
        },
        responses: {
          ...analysisResponses(GapsSchema, 'Totals, per province, and the uncovered places.'),
          ...errorResponses,
        },
      }),
      (c) => {
        const q = c.req.valid('query');
        const maxKm = q.max_km === undefined ? 50 : Number(q.max_km);
        const { format: _f, table: _t, ...key } = q;
        const result = cachedAnalysis(ctx.index.current, `gaps ${JSON.stringify({ ...key, maxKm })}`, () =>
          findGaps(ctx.reference.places, selectPoints(ctx, q), maxKm, q.places === 'all'),
        );
        const name = `gaps-${maxKm}km${q.service ? `-${q.service.replace(/,/g, '+')}` : ''}`;
        if (q.format === 'csv' && q.table === 'bands') {
          const header = ['from_km', 'to_km', 'population', 'place_count'];
          const rows = result.distance_bands.map((b) => [b.from_km, b.to_km, b.population, b.place_count]);
          return c.body(csvBody(c, `${name}-distance-bands.csv`, header, rows), 200);
        }
        if (q.format === 'csv' && q.table === 'provinces') {
          const header = [
            'province',
            'total_population',
            'covered_population',
            'uncovered_population',
            'covered_share',
            'place_count',
            'uncovered_place_count',
          ];
          const row = (province: string, t: typeof result) => [
            province,
            t.total_population,
            t.covered_population,
            t.uncovered_population,
            t.covered_share,
            t.place_count,
            t.uncovered_place_count,
          ];
          return c.body(
            csvBody(c, `${name}-provinces.csv`, header, [
              ...result.by_province.map((p) => row(p.province, { ...result, ...p })),
              row('canada', result),
            ]),
            200,
          );
        }
        if (q.format === 'csv') {
          const header = [
            'name',
            'province',
            'population',
            'lat',
            'lon',
            'nearest_km',
            'nearest_point_id',
            'covered',
          ];
          return c.body(
            csvBody(
              c,
              `${name}.csv`,
              header,
              result.places.map((p) => [
                p.name,
                p.province,
                p.population,
                p.lat,
                p.lon,
                p.nearest_km,
                p.nearest_point_id,
                p.covered,
              ]),
            ),
            200,
          );
        }
        if (q.format === 'geojson') {
          geojsonDownload(c, `${name}.geojson`);
          const features = result.places.map((p) =>
            pointFeature(`${p.province}:${p.name}:${p.lat}`, p.lon, p.lat, p),
          );
          return c.json({ type: 'FeatureCollection' as const, features }, 200);
        }
        return c.json(result, 200);
      },
    );
  return app.route('/', planningRoutes(ctx));
}
