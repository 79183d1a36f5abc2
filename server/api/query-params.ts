import { z } from '@hono/zod-openapi';
import type { BBox } from '../core/geo/distance.ts';
import { isIsoDateTime } from '../core/open-at.ts';

/**
 * Query-parameter schemas shared by the routes. They validate (so the messages name the parameter and the
 * expected form) and they document (the OpenAPI description is generated from them).
 */

/** A comma-separated list of codes, each of which must be in `valid`. */
export function codeList(name: string, valid: readonly string[], description: string) {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      const values = toList(value) ?? [];
      const unknown = values.filter((v) => !valid.includes(v));
      if (unknown.length > 0 || values.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown value ${unknown.map((u) => `"${u}"`).join(', ') || '(empty)'} for ${name}: expected one or more of ${valid.join(', ')}, separated by commas.`,
        });
      }
    })
    .openapi({
      param: { name, in: 'query' },
      description: `${description} One value or a comma-separated list.`,
      example: valid[0],
    });
}

export function toList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** A decimal number as people write coordinates (`-75.69`, `45`, `1e-3`): not hexadecimal, binary or `Infinity`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const BBOX_HELP =
  'A bbox is four comma-separated decimal degrees, west,south,east,north (minLon,minLat,maxLon,maxLat), for example bbox=-80,43,-79,44.';

export function parseBBox(value: string): BBox | string {
  const parts = value.split(',').map((p) => (DECIMAL.test(p.trim()) ? Number(p) : Number.NaN));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)))
    return `Expected four numbers, got "${value}".`;
  const [w = 0, s = 0, e = 0, n = 0] = parts;
  if (w < -180 || e > 180 || s < -90 || n > 90)
    return `Longitudes must be within -180..180 and latitudes within -90..90, got "${value}".`;
  if (w > e || s > n) return `West must not exceed east and south must not exceed north, got "${value}".`;
  return [w, s, e, n];
}

export const bboxParam = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (value === undefined) return;
    const parsed = parseBBox(value);
    if (typeof parsed === 'string')
      ctx.addIssue({ code: 'custom', message: `Invalid bbox: ${parsed} ${BBOX_HELP}` });
  })
  .openapi({ param: { name: 'bbox', in: 'query' }, description: BBOX_HELP, example: '-80,43,-79,44' });

export function numberParam(name: string, min: number, max: number, description: string, example: number) {
  return z
    .string({ error: `Missing ${name}: expected a number between ${min} and ${max}.` })
    .refine((v) => DECIMAL.test(v.trim()) && Number(v) >= min && Number(v) <= max, {
      error: (iss) =>
        `Invalid ${name}: expected a number between ${min} and ${max}, got "${String(iss.input)}".`,
    })
    .openapi({ param: { name, in: 'query' }, description, example: String(example) });
}

export const limitParam = z
  .string()
  .optional()
  .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100), {
    error: (iss) => `Invalid limit: expected a whole number from 1 to 100, got "${String(iss.input)}".`,
  })
  .openapi({
    param: { name: 'limit', in: 'query' },
    description: 'Number of results, 1–100 (default 10).',
    example: '10',
  });

/** ISO 8601 date-time; with an offset it is an instant, without one the wall-clock time at each point. */
export const openAtParam = z
  .string()
  .optional()
  .refine((v) => v === undefined || isIsoDateTime(v), {
    error: (iss) =>
      `Invalid open_at: expected an ISO 8601 date-time of the calendar such as 2026-11-23T10:30 (local time at each point) or 2026-11-23T15:30Z (an instant), got "${String(iss.input)}".`,
  })
  .openapi({
    param: { name: 'open_at', in: 'query' },
    description:
      'ISO 8601 date-time. With an offset (Z, -05:00) it is an instant; without one it is the wall-clock time at each point. Only points whose hours say they are open then are returned.',
    example: '2026-11-23T10:30',
  });

/** Incremental sync: only points modified after an instant (ISO 8601 with an offset, or a date). */
export const modifiedAfterParam = z
  .string()
  .optional()
  .refine(
    (v) =>
      v === undefined ||
      (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v))),
    {
      error: (iss) =>
        `Invalid modified_after: expected an ISO 8601 date or instant such as 2026-11-01 or 2026-11-01T12:00:00Z, got "${String(iss.input)}".`,
    },
  )
  .openapi({
    param: { name: 'modified_after', in: 'query' },
    description:
      'Incremental sync: only points added or changed after this instant. Removals show in /jurisdictions/{id}/versions; ids are stable.',
    example: '2026-11-01T00:00:00Z',
  });
