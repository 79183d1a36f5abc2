import { createRoute, z } from '@hono/zod-openapi';
import { qualityReport } from '../../core/quality.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { json } from '../schemas.ts';

const QualityRowSchema = z.object({
  jurisdiction: z.string(),
  level: z.string(),
  name_en: z.string(),
  name_fr: z.string(),
  points: z.number().int(),
  building_level_share: z.number(),
  approximate_share: z.number(),
  with_hours_share: z.number(),
  with_services_share: z.number(),
  with_french_share: z.number(),
  needs_recheck: z.number().int(),
  last_published: z.string().nullable(),
  last_verified_newest: z.string().nullable(),
  last_verified_oldest: z.string().nullable(),
});

/** The data-quality report per jurisdiction. */
export function qualityRoutes(ctx: AppContext) {
  return subApp().openapi(
    createRoute({
      method: 'get',
      path: '/quality',
      summary: 'Data quality per jurisdiction',
      description:
        'Per jurisdiction with published points: count; shares (0–1) with building-level vs approximate coordinates, with hours, with services, serving in French; points needing re-check (last verified over a year ago, or never); last publish and last verification dates.',
      responses: {
        200: json(
          z
            .object({ generated_at: z.string(), jurisdictions: z.array(QualityRowSchema) })
            .openapi('QualityReport'),
          'The report.',
        ),
      },
    }),
    (c) =>
      c.json(
        {
          generated_at: new Date().toISOString(),
          jurisdictions: qualityReport(
            ctx.catalog.jurisdictions,
            ctx.index.current.points,
            (j) => ctx.index.published(j)?.publishedAt,
            new Date(),
          ),
        },
        200,
      ),
  );
}
