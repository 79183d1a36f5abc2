import type { ServicePoint } from './schemas.ts';

/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 keeps a substring of 13 characters or
 * more as a slice of its parent: a cell papaparse cut from a 256 kB chunk of an upload keeps that chunk alive.
 * Concatenating forces a flat copy, and the slice of that copy holds only the copy.
 */
const detached = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

/**
 * Rewrites, in place, the text fields of a point read from an upload so that they no longer hold on to the
 * upload's text. Worth it for the few points a refresh changes: they join a set whose other points stay published
 * for months, and left as slices, each refresh would pin its whole file (~27 MB at 100k rows) for as long as any
 * of them is unchanged (measured: live heap +50 MB per 100k-row refresh). Not for a set read wholly from one file:
 * its slices pin that one file, which is cheaper than a copy of every cell.
 */
export function detachStrings(p: ServicePoint): void {
  p.source_id = detached(p.source_id);
  p.id = `${p.jurisdiction}:${p.source_id}`;
  p.name_en = detached(p.name_en);
  p.name_fr = detached(p.name_fr);
  p.address = detached(p.address);
  p.city = detached(p.city);
  p.postal_code = detached(p.postal_code);
  p.hours = detached(p.hours);
  p.phone = detached(p.phone);
  p.toll_free = detached(p.toll_free);
  p.email = detached(p.email);
  p.website = detached(p.website);
  p.online_url = detached(p.online_url);
  p.booking_url = detached(p.booking_url);
  p.photo_url = detached(p.photo_url);
  p.last_verified = detached(p.last_verified);
}
