import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { JurisdictionListSchema, json, ServiceListSchema } from '../schemas.ts';

const SOURCES = [
  {
    name: 'Statistics Canada — province and territory boundaries (2016), FSA list (2021)',
    licence: 'Statistics Canada Open Licence',
  },
  { name: 'GeoNames — populated places and gazetteer', licence: 'CC BY 4.0 (GeoNames.org)' },
  { name: 'Natural Earth — lakes, country outlines, city labels', licence: 'Public domain' },
  { name: 'FSA centroids compiled from Statistics Canada 2011 FSA boundaries', licence: 'MIT' },
];

/** Health, the catalogue (jurisdictions, services) and the About data. */
export function metaRoutes(ctx: AppContext) {
  return subApp()
    .openapi(
      createRoute({
        method: 'get',
        path: '/health',
        summary: 'Liveness and published point count',
        responses: {
          200: json(z.object({ status: z.literal('ok'), points: z.number().int() }), 'The server is up.'),
        },
      }),
      (c) => c.json({ status: 'ok' as const, points: ctx.index.current.size }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions',
        summary:
          'Jurisdictions (governments and departments) with EN/FR names and their published point counts',
        responses: { 200: json(JurisdictionListSchema, 'All jurisdictions.') },
      }),
      (c) => {
        const counts = new Map<string, number>();
        for (const p of ctx.index.current.points)
          counts.set(p.jurisdiction, (counts.get(p.jurisdiction) ?? 0) + 1);
        return c.json(
          { jurisdictions: ctx.catalog.jurisdictions.map((j) => ({ ...j, points: counts.get(j.id) ?? 0 })) },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/services',
        summary: 'The service taxonomy: codes, EN/FR names, category and synonyms',
        responses: { 200: json(ServiceListSchema, 'All service codes.') },
      }),
      (c) => c.json({ services: ctx.catalog.services }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/about',
        summary: 'Where the data comes from, which reference layers are loaded and which are missing',
        responses: {
          200: json(
            z.object({
              reference_dir: z.string().nullable(),
              layers: z.array(
                z.object({
                  layer: z.string(),
                  available: z.boolean(),
                  source: z.string(),
                  count: z.number(),
                }),
              ),
              missing: z.array(z.string()),
              sources: z.array(z.object({ name: z.string(), licence: z.string() })),
              sample_points: z.number().int(),
              store: z.enum(['pglite', 'postgres']),
            }),
            'Data provenance.',
          ),
        },
      }),
      (c) =>
        c.json(
          {
            reference_dir: ctx.reference.dir ?? null,
            layers: ctx.reference.status,
            missing: ctx.reference.status.filter((s) => !s.available).map((s) => s.layer),
            sources: SOURCES,
            sample_points: ctx.index.current.points.filter((p) => p.sample).length,
            store: ctx.store.kind,
          },
          200,
        ),
    );
}
