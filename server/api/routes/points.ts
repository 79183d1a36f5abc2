import { createRoute, z } from '@hono/zod-openapi';
import { featureCollectionJson, toFeature, toFeatureCollection, toMapFeature } from '../../core/geojson.ts';
import { governsIn, isDemoLayer } from '../../core/jurisdiction-rules.ts';
import { openStatus } from '../../core/open-status.ts';
import { pointCheck, pointPredicate } from '../../core/point-filter.ts';
import type { Jurisdiction } from '../../core/schemas.ts';
import type { AppContext } from '../../services/app-context.ts';
import { ApiError } from '../errors.ts';
import { subApp } from '../openapi-app.ts';
import { openapiQueryHelp } from '../openapi-help.ts';
import { filterParams, strictQuery, toPointFilter } from '../point-query.ts';
import { bboxParam, limitParam, modifiedAfterParam, numberParam, parseBBox } from '../query-params.ts';
import {
  ErrorSchema,
  errorResponses,
  json,
  jsonText,
  PointCollectionSchema,
  PointFeatureSchema,
} from '../schemas.ts';

/** The public data API: points in a box, one point, nearest points. */
export function pointRoutes(ctx: AppContext) {
  const filters = filterParams(ctx.catalog);
  return subApp()
    .openapi(
      createRoute({
        method: 'get',
        path: '/points',
        summary: 'Published service points (GeoJSON), optionally in a bbox and filtered',
        description: `Every published point of every status unless filtered; no paging at this scale. ${openapiQueryHelp}`,
        request: {
          query: strictQuery({
            bbox: bboxParam,
            modified_after: modifiedAfterParam,
            view: z
              .enum(['full', 'map'])
              .optional()
              .openapi({
                param: { name: 'view', in: 'query' },
                description:
                  '`full` (default): every field. `map`: only what a map draws (id, jurisdiction, level, status, site_type, names, sample), a fifth of the bytes; fetch /points/{id} for the rest.',
              }),
            ...filters,
          }),
        },
        responses: { 200: json(PointCollectionSchema, 'A GeoJSON FeatureCollection.'), ...errorResponses },
      }),
      (c) => {
        const q = c.req.valid('query');
        const keep = pointPredicate(toPointFilter(q));
        const index = ctx.index.current;
        const bbox = q.bbox ? parseBBox(q.bbox) : undefined;
        const points =
          bbox && typeof bbox !== 'string' ? index.within(bbox, keep) : index.points.filter(keep);
        if (q.view === 'map')
          return c.json({ type: 'FeatureCollection', features: points.map(toMapFeature) } as never, 200);
        return c.json(toFeatureCollection(points.map((p) => toFeature(p))), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/points/{id}',
        summary: 'One published point by its global id (`<jurisdiction>:<source id>`)',
        request: {
          params: z.object({
            id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'on:on-001' }),
          }),
        },
        responses: {
          200: json(PointFeatureSchema, 'A GeoJSON Feature.'),
          404: json(ErrorSchema, 'No published point has this id.'),
        },
      }),
      (c) => {
        const { id } = c.req.valid('param');
        const p = ctx.index.current.get(id);
        if (!p) {
          throw new ApiError(
            404,
            'not_found',
            `No published point has id "${id}". Ids look like "<jurisdiction>:<source id>", for example "on:on-001"; /points lists them.`,
          );
        }
        return c.json(toFeature(p), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/nearest',
        summary: 'Points nearest to a position, by great-circle distance, with `distance_m` and open status',
        description: `Uses the spatial index. Closed points are left out unless \`status\` asks for them. Each result also carries \`open_now\` (null without hours), \`next_change\` (the next opening or closing, wall-clock time at the point) and \`timezone\`, computed now in the point's own time zone. ${openapiQueryHelp}`,
        request: {
          query: strictQuery({
            lat: numberParam('lat', -90, 90, 'Latitude, WGS84 decimal degrees.', 45.42),
            lon: numberParam('lon', -180, 180, 'Longitude, WGS84 decimal degrees.', -75.7),
            limit: limitParam,
            max_km: z
              .string()
              .optional()
              .refine((v) => v === undefined || (Number(v) > 0 && Number(v) <= 5000), {
                error: (iss) =>
                  `Invalid max_km: expected a distance in km between 0 and 5000, got "${String(iss.input)}".`,
              })
              .openapi({
                param: { name: 'max_km', in: 'query' },
                description: 'Search radius in km (default: unlimited).',
              }),
            in_jurisdiction: z
              .enum(['true', 'false'], {
                error: (iss) =>
                  `Invalid in_jurisdiction: expected true or false, got "${String(iss.input)}".`,
              })
              .optional()
              .openapi({
                param: { name: 'in_jurisdiction', in: 'query' },
                description:
                  '`true`: only the governments whose territory holds the position: federal ones, and those of the province or territory it is in (its own, its municipalities, Indigenous governments there). A health card is issued by the province one lives in, never by the neighbouring one, however near. The province found is in the `X-Position-Province` header (none: the position is in no province, and nothing is left out).',
              }),
            ...filters,
          }),
        },
        responses: { 200: json(PointCollectionSchema, 'Nearest first.'), ...errorResponses },
      }),
      (c) => {
        const q = c.req.valid('query');
        const now = new Date();
        const filter = toPointFilter(q);
        if (q.in_jurisdiction === 'true') {
          const province = ctx.reference.provinceLocator.provinceNear(Number(q.lon), Number(q.lat));
          if (province) {
            c.header('X-Position-Province', province);
            filter.jurisdiction = governing(ctx.catalog.jurisdictions, province, filter.jurisdiction);
          }
        }
        // Closed points are left out unless `status` asks for them: searched among the others directly.
        const found = ctx.index.current.nearest(
          Number(q.lon),
          Number(q.lat),
          Number(q.limit ?? 10),
          pointCheck(filter),
          q.max_km ? Number(q.max_km) : undefined,
          filter.status ? 'all' : 'not_closed',
        );
        // The same JSON c.json would write, from each point's properties serialised once (see geojson.ts).
        const items = found.map((f) => ({
          point: f.point,
          extra: { distance_m: f.distance_m, ...openStatus(f.point, now) },
        }));
        return jsonText(c, PointCollectionSchema, featureCollectionJson(items));
      },
    );
}

/**
 * The jurisdictions (of `among`, else every one) that govern a place in `province`: the federal ones, and those
 * of that province (a jurisdiction naming no province is kept: nothing says where it stops).
 */
function governing(
  jurisdictions: readonly Jurisdiction[],
  province: string,
  among: readonly string[] | undefined,
): string[] {
  return jurisdictions
    .filter((j) => !isDemoLayer(j.id) && governsIn(j, province))
    .map((j) => j.id)
    .filter((id) => !among || among.includes(id));
}
