import { createRoute, z } from '@hono/zod-openapi';
import { pointsToCsv } from '../../core/csv/write-csv.ts';
import { toFeature, toFeatureCollection } from '../../core/geojson.ts';
import { pointPredicate } from '../../core/point-filter.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { filterParams, strictQuery, toPointFilter } from '../point-query.ts';
import { bboxParam, modifiedAfterParam, parseBBox } from '../query-params.ts';
import { errorResponses, json, PointCollectionSchema } from '../schemas.ts';

/** Open-data exports of all published points, with the same filters as /points. */
export function exportRoutes(ctx: AppContext) {
  const query = strictQuery({
    bbox: bboxParam,
    modified_after: modifiedAfterParam,
    ...filterParams(ctx.catalog),
  });
  const select = (q: z.infer<typeof query>) => {
    const keep = pointPredicate(toPointFilter(q));
    const bbox = q.bbox ? parseBBox(q.bbox) : undefined;
    const index = ctx.index.current;
    return bbox && typeof bbox !== 'string' ? index.within(bbox, keep) : index.points.filter(keep);
  };
  return subApp()
    .openapi(
      createRoute({
        method: 'get',
        path: '/export.csv',
        summary: 'Published points as CSV (template columns plus global id, jurisdiction, level, provenance)',
        description: 'Cells a spreadsheet would run as a formula are prefixed with a quote.',
        request: { query },
        responses: {
          200: {
            description: 'CSV, UTF-8 with BOM so spreadsheets detect the encoding.',
            content: { 'text/csv': { schema: z.string() } },
          },
          ...errorResponses,
        },
      }),
      (c) => {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header('Content-Disposition', 'attachment; filename="service-points.csv"');
        return c.body(`\uFEFF${pointsToCsv(select(c.req.valid('query')))}\r\n`, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/export.geojson',
        summary: 'Published points as a GeoJSON FeatureCollection file',
        request: { query },
        responses: { 200: json(PointCollectionSchema, 'GeoJSON.'), ...errorResponses },
      }),
      (c) => {
        c.header('Content-Disposition', 'attachment; filename="service-points.geojson"');
        return c.json(toFeatureCollection(select(c.req.valid('query')).map((p) => toFeature(p))), 200);
      },
    );
}
