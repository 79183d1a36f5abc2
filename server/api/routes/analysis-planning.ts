import { createRoute, z } from '@hono/zod-openapi';
import { runScenario } from '../../core/analysis/scenario.ts';
import { suggestSites } from '../../core/analysis/suggest.ts';
import { LEVELS, SITE_TYPES, STATUSES } from '../../core/codes.ts';
import type { AppContext } from '../../services/app-context.ts';
import { ApiError } from '../errors.ts';
import { subApp } from '../openapi-app.ts';
import { openapiQueryHelp } from '../openapi-help.ts';
import { strictQuery } from '../point-query.ts';
import { toList } from '../query-params.ts';
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
import { analysisResponses, ScenarioSchema, SuggestSchema } from './analysis-schemas.ts';

const SCENARIO_METHOD = `Coverage (population of the populated places within \`max_km\` great-circle of a point that passes the filters) before and after a what-if: the points listed in \`close\` are taken out and the sites in \`add\` put in. An added site counts when it lists no \`services\` or offers one of the services analysed; it is taken to belong to the level and jurisdiction filtered on. Nothing is stored or changed: the answer is computed and forgotten. ${METHOD_LIMITS}`;

const SUGGEST_METHOD = `Greedy maximal covering: candidate sites are the populated places; the existing points that pass the filters are kept; each step picks the candidate that brings the most population not yet within \`max_km\` (great-circle) of a point or of an earlier pick, and reports the population it adds. Greedy is within 63% of the best possible k sites (and usually much closer); it stops early when no candidate adds anyone. ${METHOD_LIMITS}`;

const codes = (name: string, valid: readonly string[]) =>
  z
    .array(z.string())
    .max(50)
    .optional()
    .superRefine((values, ctx) => {
      const unknown = (values ?? []).filter((v) => !valid.includes(v));
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `Unknown value ${unknown.map((u) => `"${u}"`).join(', ')} for ${name}: expected one or more of ${valid.join(', ')}.`,
        });
    });

/** An added site takes part when it lists no services (it offers what is analysed) or one of those analysed. */
function offersAnalysed(
  services: readonly string[] | undefined,
  analysed: readonly string[] | undefined,
): boolean {
  return !analysed || !services || services.length === 0 || services.some((s) => analysed.includes(s));
}

/** POST /analysis/scenario and GET /analysis/suggest. */
export function planningRoutes(ctx: AppContext) {
  const serviceCodes = ctx.catalog.services.map((s) => s.code);
  const ScenarioBody = z
    .object({
      max_km: z
        .number({ error: 'max_km: expected a number of km greater than 0 and at most 1000.' })
        .gt(0, 'max_km: expected a number of km greater than 0 and at most 1000.')
        .max(1000, 'max_km: expected a number of km greater than 0 and at most 1000.')
        .optional(),
      service: codes('service', serviceCodes),
      level: codes('level', LEVELS),
      jurisdiction: codes(
        'jurisdiction',
        ctx.catalog.jurisdictions.map((j) => j.id),
      ),
      site_type: codes('site_type', SITE_TYPES),
      status: codes('status', STATUSES),
      add: z
        .array(
          z
            .object({
              lat: z.number().min(-90).max(90),
              lon: z.number().min(-180).max(180),
              name: z.string().max(200).optional(),
              services: codes('add.services', serviceCodes),
            })
            .strict(),
        )
        .max(500)
        .default([]),
      close: z.array(z.string()).max(10_000).default([]),
    })
    .strict()
    .openapi('ScenarioRequest', {
      example: {
        max_km: 50,
        service: ['passport'],
        add: [{ lat: 58.77, lon: -94.17, name: 'Churchill' }],
        close: [],
      },
    });

  return subApp()
    .openapi(
      createRoute({
        method: 'post',
        path: '/analysis/scenario',
        summary: 'What-if: coverage before and after adding sites and closing points (changes nothing)',
        description: SCENARIO_METHOD,
        request: {
          query: strictQuery({
            format: z
              .enum(['json', 'csv'], {
                error: (iss) => `Invalid format: expected json or csv, got "${String(iss.input)}".`,
              })
              .optional()
              .openapi({
                param: { name: 'format', in: 'query' },
                description:
                  'json (default) or csv: the covered population before and after per province, plus Canada.',
              }),
          }),
          body: { content: { 'application/json': { schema: ScenarioBody } }, required: true },
        },
        responses: {
          200: {
            description: 'Coverage before and after (JSON), or the per-province table with format=csv.',
            content: { 'application/json': { schema: ScenarioSchema }, 'text/csv': { schema: z.string() } },
          },
          ...errorResponses,
        },
      }),
      (c) => {
        const body = c.req.valid('json');
        const index = ctx.index.current;
        const unknown = body.close.filter((id) => !index.get(id));
        if (unknown.length > 0) {
          throw new ApiError(
            400,
            'invalid_parameter',
            `close: no published point has id ${unknown
              .slice(0, 5)
              .map((u) => `"${u}"`)
              .join(
                ', ',
              )}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}. Ids look like "<jurisdiction>:<source id>"; /points lists them.`,
            unknown.map((id) => ({ parameter: 'close', message: `unknown point id ${id}` })),
          );
        }
        const points = selectPoints(ctx, {
          service: body.service?.join(','),
          level: body.level?.join(','),
          jurisdiction: body.jurisdiction?.join(','),
          site_type: body.site_type?.join(','),
          status: body.status?.join(','),
        });
        const result = runScenario(
          ctx.reference.places,
          points,
          { close: body.close, add: body.add.filter((site) => offersAnalysed(site.services, body.service)) },
          body.max_km ?? 50,
        );
        if (c.req.valid('query').format === 'csv') {
          const header = ['province', 'covered_before', 'covered_after', 'change', 'total_population'];
          const rows = result.before.by_province.map((b, i) => {
            const after = result.after.by_province[i]?.covered_population ?? 0;
            return [
              b.province,
              b.covered_population,
              after,
              after - b.covered_population,
              b.total_population,
            ];
          });
          rows.push([
            'canada',
            result.before.covered_population,
            result.after.covered_population,
            result.covered_population_change,
            result.before.total_population,
          ]);
          return c.body(csvBody(c, `scenario-${result.max_km}km.csv`, header, rows), 200);
        }
        return c.json(result, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/analysis/suggest',
        summary: 'Suggested new sites: greedy maximal covering over the populated places',
        description: `${SUGGEST_METHOD} ${openapiQueryHelp}`,
        request: {
          query: strictQuery({
            k: optionalNumber(
              'k',
              { min: 1, max: 50, integer: true },
              'Number of sites to propose, 1–50 (default 10).',
              10,
            ),
            max_km: maxKmParam,
            ...analysisFilters(ctx.catalog),
            format: formatParam,
          }),
        },
        responses: { ...analysisResponses(SuggestSchema, 'Sites in the order picked.'), ...errorResponses },
      }),
      (c) => {
        const q = c.req.valid('query');
        const k = q.k === undefined ? 10 : Number(q.k);
        const maxKm = q.max_km === undefined ? 50 : Number(q.max_km);
        const { format: _f, ...key } = q;
        const result = cachedAnalysis(
          ctx.index.current,
          `suggest ${JSON.stringify({ ...key, k, maxKm })}`,
          () => suggestSites(ctx.reference.places, selectPoints(ctx, q), k, maxKm),
        );
        const name = `suggested-sites-${maxKm}km${q.service ? `-${(toList(q.service) ?? []).join('+')}` : ''}`;
        if (q.format === 'csv') {
          const header = [
            'rank',
            'name',
            'province',
            'lat',
            'lon',
            'added_population',
            'added_places',
            'covered_population_after',
          ];
          return c.body(
            csvBody(
              c,
              `${name}.csv`,
              header,
              result.sites.map((s) => [
                s.rank,
                s.name,
                s.province,
                s.lat,
                s.lon,
                s.added_population,
                s.added_places,
                s.covered_population_after,
              ]),
            ),
            200,
          );
        }
        if (q.format === 'geojson') {
          geojsonDownload(c, `${name}.geojson`);
          const features = result.sites.map((s) => pointFeature(`site-${s.rank}`, s.lon, s.lat, s));
          return c.json({ type: 'FeatureCollection' as const, features }, 200);
        }
        return c.json(result, 200);
      },
    );
}
