import { createRoute, z } from '@hono/zod-openapi';
import { provinceLabels } from '../../reference/province-labels.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { ErrorSchema, json } from '../schemas.ts';

const LAYERS = ['provinces', 'province-labels', 'lakes', 'countries', 'cities'] as const;

/** The offline basemap: GeoJSON layers from the reference data, served by us (no remote tiles, no CDN). */
export function basemapRoutes(ctx: AppContext) {
  const layers = {
    provinces: ctx.reference.provinces,
    'province-labels': provinceLabels(ctx.reference.provinces),
    lakes: ctx.reference.lakes,
    countries: ctx.reference.countries,
    cities: ctx.reference.cityLabels,
  };
  return subApp().openapi(
    createRoute({
      method: 'get',
      path: '/basemap/{layer}',
      summary: 'Basemap layer as GeoJSON (provinces with EN/FR names, lakes, countries, city labels)',
      request: {
        params: z.object({
          layer: z
            .string()
            .refine((l) => LAYERS.includes(l.replace(/\.geojson$/, '') as (typeof LAYERS)[number]), {
              error: (iss) =>
                `Unknown basemap layer "${String(iss.input)}": expected one of ${LAYERS.map((l) => `${l}.geojson`).join(', ')}.`,
            })
            .openapi({ param: { name: 'layer', in: 'path' }, example: 'provinces.geojson' }),
        }),
      },
      responses: {
        200: json(
          z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
          'GeoJSON.',
        ),
        400: json(ErrorSchema, 'Unknown layer.'),
      },
    }),
    (c) => {
      const name = c.req.valid('param').layer.replace(/\.geojson$/, '') as (typeof LAYERS)[number];
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(layers[name], 200);
    },
  );
}
