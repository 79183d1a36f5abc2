import { createRoute, z } from '@hono/zod-openapi';
import type { PointIndex } from '../../core/geo/point-index.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { JurisdictionListSchema, json, ServiceListSchema } from '../schemas.ts';

/**
 * Every source the app can show, with its licence: a service-point source names its `jurisdiction`, a reference
 * source the `layers` it provides (by their names in the reference status).
 */
const SOURCES: {
  id: string;
  name_en: string;
  name_fr: string;
  licence: string;
  date: string;
  jurisdiction?: string;
  layers?: string[];
}[] = [
  {
    id: 'statcan-boundaries',
    name_en: 'Statistics Canada — province and territory boundaries (2016), FSA list (2021)',
    name_fr: 'Statistique Canada — limites des provinces et territoires (2016), liste des RTA (2021)',
    licence: 'Statistics Canada Open Licence / Licence ouverte de Statistique Canada',
    date: '2016, 2021',
    layers: ['provinces'],
  },
  {
    id: 'fsa-centroids',
    name_en: 'FSA centroids compiled from Statistics Canada 2011 FSA boundaries',
    name_fr: 'Centroïdes des RTA tirés des limites des RTA de 2011 de Statistique Canada',
    licence: 'MIT',
    date: '2011',
    layers: ['FSA centroids'],
  },
  {
    id: 'geonames',
    name_en: 'GeoNames — populated places and gazetteer',
    name_fr: 'GeoNames — lieux habités et répertoire toponymique',
    licence: 'CC BY 4.0 (GeoNames.org)',
    date: '2019–2023',
    layers: ['populated places', 'gazetteer'],
  },
  {
    id: 'natural-earth',
    name_en: 'Natural Earth — lakes, country outlines, city labels',
    name_fr: 'Natural Earth — lacs, contours des pays, noms de villes',
    licence: 'Public domain / Domaine public',
    date: '5.1',
    // The world-atlas package that stands in for the country outlines is Natural Earth's too.
    layers: ['lakes', 'countries', 'countries (fallback)', 'city labels'],
  },
  {
    id: 'service-canada',
    name_en: 'Government of Canada — Service Canada office listing',
    name_fr: 'Gouvernement du Canada — liste des bureaux de Service Canada',
    licence: 'Open Government Licence – Canada / Licence du gouvernement ouvert – Canada',
    date: '2024-02',
    jurisdiction: 'fed-esdc',
  },
  {
    id: 'workbc',
    name_en: 'Province of British Columbia — WorkBC centres',
    name_fr: 'Province de la Colombie-Britannique — centres WorkBC',
    licence: 'Apache-2.0',
    date: '2021',
    jurisdiction: 'bc',
  },
  {
    id: 'odef',
    name_en: 'Statistics Canada — Open Database of Educational Facilities (v2)',
    name_fr: 'Statistique Canada — Base de données ouverte sur les établissements d’enseignement (v2)',
    licence: 'Open Government Licence – Canada / Licence du gouvernement ouvert – Canada',
    date: '2021-04-07',
    jurisdiction: 'demo-odef',
  },
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
              sources: z.array(
                z.object({
                  id: z.string(),
                  name_en: z.string(),
                  name_fr: z.string(),
                  licence: z.string(),
                  date: z.string(),
                  in_use: z.boolean().openapi({
                    description:
                      'Reference sources: at least one of their layers loaded. Service-point sources: imported and published (not the sample).',
                  }),
                }),
              ),
              points: z.number().int().openapi({ description: 'Published points, every jurisdiction.' }),
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
            sources: SOURCES.map(({ jurisdiction, layers = [], ...src }) => ({
              ...src,
              in_use: jurisdiction
                ? census(ctx.index.current).realIn.has(jurisdiction)
                : ctx.reference.status.some((l) => l.available && layers.includes(l.layer)),
            })),
            points: ctx.index.current.size,
            sample_points: census(ctx.index.current).samples,
            store: ctx.store.kind,
          },
          200,
        ),
    );
}

const censuses = new WeakMap<PointIndex, { samples: number; realIn: Set<string> }>();

/**
 * What /about says of the published points (how many are sample data, which jurisdictions have real ones), counted
 * once per published state: every finder and map page asks for /about, and a count walks every point (~1 ms each
 * at 100k). Kept by index, which a publish replaces, so a new state is counted afresh.
 */
function census(index: PointIndex) {
  let c = censuses.get(index);
  if (!c) {
    c = { samples: 0, realIn: new Set() };
    for (const p of index.points) {
      if (p.sample) c.samples++;
      else c.realIn.add(p.jurisdiction);
    }
    censuses.set(index, c);
  }
  return c;
}
