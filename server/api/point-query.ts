import { z } from '@hono/zod-openapi';
import type { Catalog } from '../core/catalog.ts';
import { ACCESSIBILITY, LANGUAGES, LEVELS, SITE_TYPES, STATUSES } from '../core/codes.ts';
import { isOpenAt, parseOpenAt } from '../core/open-at.ts';
import type { PointFilter } from '../core/point-filter.ts';
import { codeList, openAtParam, toList } from './query-params.ts';

/** The filters shared by /points, /nearest and the exports, validated against the catalogue's codes. */
export function filterParams(catalog: Catalog) {
  return {
    level: codeList('level', LEVELS, 'Level of government.'),
    jurisdiction: codeList(
      'jurisdiction',
      catalog.jurisdictions.map((j) => j.id),
      'Jurisdiction id (on, fed-esdc, mun-peel…).',
    ),
    service: codeList(
      'service',
      catalog.services.map((s) => s.code),
      'Service code from /services; a point matches when it offers any of them.',
    ),
    language: codeList(
      'language',
      LANGUAGES,
      'Language of service (ISO 639); a point matches when it serves in any of them.',
    ),
    accessibility: codeList(
      'accessibility',
      ACCESSIBILITY,
      'Accessibility features; a point matches when it has all of them.',
    ),
    site_type: codeList('site_type', SITE_TYPES, 'Site type.'),
    status: codeList('status', STATUSES, 'Status.'),
    open_at: openAtParam,
  };
}

export type FilterQuery = { [K in keyof ReturnType<typeof filterParams>]?: string | undefined } & {
  modified_after?: string | undefined;
};

export function toPointFilter(q: FilterQuery): PointFilter {
  const openAt = q.open_at ? parseOpenAt(q.open_at) : undefined;
  return {
    level: toList(q.level),
    jurisdiction: toList(q.jurisdiction),
    service: toList(q.service),
    language: toList(q.language),
    accessibility: toList(q.accessibility),
    site_type: toList(q.site_type),
    status: toList(q.status),
    modifiedAfter: q.modified_after,
    // A temporarily closed office is open at no time, whatever its usual hours say.
    openAt: openAt ? (p) => p.status === 'open' && isOpenAt(p, openAt) : undefined,
  };
}

/** Rejects query parameters the route does not know, so a typo (`?servce=`) is not silently ignored. */
export function strictQuery<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).strict();
}
