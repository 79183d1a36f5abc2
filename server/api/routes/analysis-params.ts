import { z } from '@hono/zod-openapi';
import type { Catalog } from '../../core/catalog.ts';
import { LEVELS, SITE_TYPES, STATUSES } from '../../core/codes.ts';
import { isDemoLayer } from '../../core/jurisdiction-rules.ts';
import { pointPredicate } from '../../core/point-filter.ts';
import type { ServicePoint } from '../../core/schemas.ts';
import type { AppContext } from '../../services/app-context.ts';
import { codeList, toList } from '../query-params.ts';

/**
 * Query parameters of the analyses. They validate (a 400 naming the parameter, the expected form and what
 * arrived) and document (the OpenAPI description is generated from them).
 */

/** An optional number in [min, max] (`integer`: whole numbers only); absent means the route's default. */
export function optionalNumber(
  name: string,
  range: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean },
  description: string,
  example: number,
) {
  const kind = range.integer ? 'a whole number' : 'a number';
  const lower = range.exclusiveMin ? `greater than ${range.min}` : `from ${range.min}`;
  return z
    .string()
    .optional()
    .refine(
      (v) => {
        if (v === undefined) return true;
        const n = Number(v);
        if (v.trim() === '' || !Number.isFinite(n) || n > range.max) return false;
        if (range.integer && !Number.isInteger(n)) return false;
        return range.exclusiveMin ? n > range.min : n >= range.min;
      },
      {
        error: (iss) =>
          `Invalid ${name}: expected ${kind} ${lower} to ${range.max}, got "${String(iss.input)}".`,
      },
    )
    .openapi({ param: { name, in: 'query' }, description, example: String(example) });
}

export const formatParam = z
  .enum(['json', 'geojson', 'csv'], {
    error: (iss) => `Invalid format: expected json, geojson or csv, got "${String(iss.input)}".`,
  })
  .optional()
  .openapi({
    param: { name: 'format', in: 'query' },
    description:
      'json (default), geojson (a FeatureCollection of the rows, `[lon, lat]`) or csv (UTF-8 with BOM; cells a spreadsheet would run as a formula are prefixed with a quote).',
    example: 'csv',
  });

export const maxKmParam = optionalNumber(
  'max_km',
  { min: 0, max: 1000, exclusiveMin: true },
  'Coverage distance in km, great-circle (straight line, not travel time). Default 50, as in the federal "within 50 km" service measure.',
  50,
);

/** Point filters of the analyses: which published points take part. */
export function analysisFilters(catalog: Catalog) {
  return {
    service: codeList(
      'service',
      catalog.services.map((s) => s.code),
      'Service code from /services; a point takes part when it offers any of them.',
    ),
    level: codeList('level', LEVELS, 'Level of government.'),
    jurisdiction: codeList(
      'jurisdiction',
      catalog.jurisdictions.map((j) => j.id),
      'Jurisdiction id (on, fed-esdc, mun-peel…).',
    ),
    site_type: codeList(
      'site_type',
      SITE_TYPES,
      'Kinds of site that take part (default: every kind). `centre,part_time` leaves out outreach visits, mobile units, kiosks, partners and call centres, which do not serve a place every day.',
    ),
    status: codeList(
      'status',
      STATUSES,
      'Status of the points taken into account. Default: open and temporarily_closed (closed points are left out).',
    ),
  };
}

export interface AnalysisFilterQuery {
  service?: string | undefined;
  level?: string | undefined;
  levels?: string | undefined;
  jurisdiction?: string | undefined;
  site_type?: string | undefined;
  status?: string | undefined;
}

/** The published points that take part in an analysis: closed ones are left out unless `status` says otherwise. */
export function selectPoints(ctx: AppContext, q: AnalysisFilterQuery): ServicePoint[] {
  const levels = [...(toList(q.level) ?? []), ...(toList(q.levels) ?? [])];
  const keep = pointPredicate({
    service: toList(q.service),
    level: levels.length > 0 ? levels : undefined,
    // A demonstration layer counts only when named: 15,500 schools made 99 of the 101 co-location
    // "opportunities" and covered 99.9 % of the population.
    jurisdiction:
      toList(q.jurisdiction) ?? ctx.catalog.jurisdictions.filter((j) => !isDemoLayer(j.id)).map((j) => j.id),
    site_type: toList(q.site_type),
    status: toList(q.status) ?? ['open', 'temporarily_closed'],
  });
  return ctx.index.current.points.filter(keep);
}

export const METHOD_LIMITS =
  'Limits: distances are great-circle (straight line), not travel time or road distance; populated places are GeoNames points with a population (about 1,180 places, ≈29.1 M people; neighbourhoods and abandoned places left out so that no one is counted twice), not a census — a few towns are missing; remote fly-in communities (no road access) are not modelled yet.';
