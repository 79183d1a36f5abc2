import { haversineM } from './geo/distance.ts';
import type { ServicePoint } from './schemas.ts';

/** Fields compared between versions; `sample` and the derived ids are not the steward's data. */
const COMPARED = [
  'name_en',
  'name_fr',
  'site_type',
  'status',
  'address',
  'city',
  'province',
  'postal_code',
  'lat',
  'lon',
  'approximate',
  'services',
  'languages',
  'accessibility',
  'hours',
  'phone',
  'toll_free',
  'email',
  'website',
  'online_url',
  'booking_url',
  'photo_url',
  'last_verified',
] as const satisfies readonly (keyof ServicePoint)[];

export interface PointChange {
  id: string;
  fields: string[];
  /** How far the point moved, in metres (0 when it did not). */
  moved_m: number;
}

export interface Diff {
  added: string[];
  changed: PointChange[];
  removed: string[];
  unchanged: number;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function changedFields(p: ServicePoint, q: ServicePoint): string[] {
  const fields: string[] = [];
  for (const f of COMPARED) if (!same(p[f], q[f])) fields.push(f);
  return fields;
}

/** Compares a candidate point set with the published one, by source id. Ids in the result are global ids. */
export function diffPoints(before: readonly ServicePoint[], after: readonly ServicePoint[]): Diff {
  const old = new Map<string, ServicePoint>();
  for (const p of before) old.set(p.source_id, p);
  const diff: Diff = { added: [], changed: [], removed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const p of after) {
    seen.add(p.source_id);
    const q = old.get(p.source_id);
    if (!q) {
      diff.added.push(p.id);
      continue;
    }
    const fields = changedFields(p, q);
    if (fields.length === 0) diff.unchanged++;
    else diff.changed.push({ id: p.id, fields, moved_m: Math.round(haversineM(q.lon, q.lat, p.lon, p.lat)) });
  }
  for (const q of before) if (!seen.has(q.source_id)) diff.removed.push(q.id);
  return diff;
}
