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

const anyOf = (wanted: readonly string[] | undefined, value: string) => !wanted || wanted.includes(value);
const overlaps = (wanted: readonly string[] | undefined, values: readonly string[]) =>
  !wanted || wanted.some((w) => values.includes(w));

/**
 * Turns a filter into a predicate. Accessibility is "has all of them" (a wheelchair user needing step-free
 * access and an accessible washroom needs both); other list fields match any of the wanted values.
 */
export function pointPredicate(f: PointFilter): (p: ServicePoint) => boolean {
  return (p) =>
    anyOf(f.level, p.level) &&
    anyOf(f.jurisdiction, p.jurisdiction) &&
    anyOf(f.site_type, p.site_type) &&
    anyOf(f.status, p.status) &&
    overlaps(f.service, p.services) &&
    overlaps(f.language, p.languages) &&
    (!f.modifiedAfter || Date.parse(p.modified_at) > Date.parse(f.modifiedAfter)) &&
    (!f.accessibility || f.accessibility.every((a) => (p.accessibility as string[]).includes(a))) &&
    (!f.openAt || f.openAt(p));
}
