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

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) ? JSON.stringify(a) === JSON.stringify(b) : a === b;

/** Compares a candidate point set with the published one, by source id. Ids in the result are global ids. */
export function diffPoints(before: readonly ServicePoint[], after: readonly ServicePoint[]): Diff {
  const old = new Map(before.map((p) => [p.source_id, p]));
  const diff: Diff = { added: [], changed: [], removed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const p of after) {
    seen.add(p.source_id);
    const q = old.get(p.source_id);
    if (!q) {
      diff.added.push(p.id);
      continue;
    }
    const fields = COMPARED.filter((f) => !same(p[f], q[f]));
    if (fields.length === 0) diff.unchanged++;
    else diff.changed.push({ id: p.id, fields, moved_m: Math.round(haversineM(q.lon, q.lat, p.lon, p.lat)) });
  }
  for (const q of before) if (!seen.has(q.source_id)) diff.removed.push(q.id);
  return diff;
}
