import { createRoute, z } from '@hono/zod-openapi';
import { zipDataPackage } from '../../core/hsds/data-package.ts';
import { toHsds } from '../../core/hsds/to-hsds.ts';
import { pointPredicate } from '../../core/point-filter.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { filterParams, strictQuery, toPointFilter } from '../point-query.ts';
import { bboxParam, parseBBox } from '../query-params.ts';
import { errorResponses } from '../schemas.ts';

/** The published points as an Open Referral HSDS 3.0 tabular data package (see docs/hsds.md). */
export function hsdsRoutes(ctx: AppContext) {
  const query = strictQuery({ bbox: bboxParam, ...filterParams(ctx.catalog) });
  return subApp().openapi(
    createRoute({
      method: 'get',
      path: '/export.hsds.zip',
      summary: 'Published points as an HSDS 3.0 tabular data package (zip of CSVs and datapackage.json)',
      description:
        'Tables organization, service, location, service_at_location, address, phone, schedule, language, accessibility, with the same filters as /points. Ids are UUIDs derived from our stable ids; `location.external_identifier` is the point id. `npm run import -- hsds <zip> --jurisdiction <id>` reads it back.',
      request: { query },
      responses: {
        200: {
          description: 'A zip file.',
          content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    (c) => {
      const q = c.req.valid('query');
      const keep = pointPredicate(toPointFilter(q));
      const bbox = q.bbox ? parseBBox(q.bbox) : undefined;
      const index = ctx.index.current;
      const points = bbox && typeof bbox !== 'string' ? index.within(bbox, keep) : index.points.filter(keep);
      const zip = zipDataPackage(toHsds(points, ctx.catalog));
      c.header('Content-Type', 'application/zip');
      c.header('Content-Disposition', 'attachment; filename="service-points-hsds.zip"');
      return c.body(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, 200);
    },
  );
}
