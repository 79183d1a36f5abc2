import type { ServicePoint } from './schemas.ts';

/** Filters of `/points`, `/nearest` and the exports. Each set is an OR within the field; fields are ANDed. */
export interface PointFilter {
  level?: readonly string[];
  jurisdiction?: readonly string[];
  service?: readonly string[];
  language?: readonly string[];
  accessibility?: readonly string[];
  site_type?: readonly string[];
  status?: readonly string[];
  /** Only points modified after this ISO instant. */
  modifiedAfter?: string;
  /** Extra predicate (opening hours), applied last because it is the most expensive. */
  openAt?: (p: ServicePoint) => boolean;
}

type Check = (p: ServicePoint) => boolean;

/**
 * Turns a filter into a predicate. Accessibility is "has all of them" (a wheelchair user needing step-free
 * access and an accessible washroom needs both); other list fields match any of the wanted values. Made of the
 * checks the filter asks for and nothing else: `/nearest` calls it on every point of each index leaf it opens
 * (hundreds per query), where testing every absent filter too cost ~8 µs of a ~20 µs search (measured).
 */
export function pointPredicate(f: PointFilter): Check {
  return pointCheck(f) ?? (() => true);
}

/** `pointPredicate`, or undefined when the filter asks for nothing (a search then needs no predicate at all). */
export function pointCheck(f: PointFilter): Check | undefined {
  const checks: Check[] = [];
  const { level, jurisdiction, site_type, status, service, language, accessibility, modifiedAfter, openAt } =
    f;
  if (level) checks.push((p) => level.includes(p.level));
  if (jurisdiction) checks.push((p) => jurisdiction.includes(p.jurisdiction));
  if (site_type) checks.push((p) => site_type.includes(p.site_type));
  if (status) checks.push((p) => status.includes(p.status));
  if (service) checks.push((p) => service.some((w) => p.services.includes(w)));
  if (language) checks.push((p) => language.some((w) => p.languages.includes(w)));
  if (modifiedAfter) {
    const after = Date.parse(modifiedAfter);
    checks.push((p) => Date.parse(p.modified_at) > after);
  }
  if (accessibility)
    checks.push((p) => accessibility.every((a) => (p.accessibility as string[]).includes(a)));
  // Last: the most expensive.
  if (openAt) checks.push(openAt);
  const [only] = checks;
  if (checks.length <= 1) return only;
  return (p) => {
    for (const check of checks) if (!check(p)) return false;
    return true;
  };
}
