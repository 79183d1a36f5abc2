import { parseHours } from './hours.ts';
import { pointTimezone, type WallClock, wallClockIn } from './open-at.ts';
import type { ServicePoint } from './schemas.ts';

/** Whether a point is open at an instant, and when that next changes, on the clock at the point. */
export interface OpenStatus {
  /** True when open, false when closed (or the point is not `open`), null when it publishes no (valid) hours. */
  open_now: boolean | null;
  /**
   * The next opening (when closed) or closing (when open) as the wall-clock time at the point,
   * `YYYY-MM-DDTHH:mm` with no offset; read it together with `timezone`. Null when none within a year.
   */
  next_change: string | null;
  /** IANA time zone of the point (`America/Toronto`). */
  timezone: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fmt = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * Status by (hours, time zone, wall-clock minute): results pages repeat a few hour strings, and
 * `getNextChange` is the costly part of a /nearest answer, so one evaluation serves a whole minute.
 */
const statusCache = new Map<string, { open_now: boolean; next_change: string | null }>();

/** See open-at.ts: `opening_hours` reads local-time getters, so local fields carry the point's wall clock. */
const asLocalDate = (c: WallClock) => new Date(c.year, c.month - 1, c.day, c.hour, c.minute);

/**
 * The open status of a point at instant `at` (default now), evaluated in the point's own time zone with
 * Canadian public holidays, exactly as the `open_at` filter evaluates it.
 */
export function openStatus(p: ServicePoint, at: Date = new Date()): OpenStatus {
  const timezone = pointTimezone(p);
  // A temporarily closed (or closed) office is not open, whatever its usual hours say.
  if (p.status !== 'open') return { open_now: false, next_change: null, timezone };
  const parsed = p.hours === '' ? null : parseHours(p.hours);
  if (!parsed?.ok) return { open_now: null, next_change: null, timezone };
  const local = asLocalDate(wallClockIn(at, timezone));
  const key = `${p.hours}\u0000${timezone}\u0000${fmt(local)}`;
  let status = statusCache.get(key);
  if (!status) {
    const next = parsed.hours.getNextChange(local, new Date(local.getTime() + 366 * 86_400_000));
    status = { open_now: parsed.hours.getState(local), next_change: next ? fmt(next) : null };
    if (statusCache.size > 10_000) statusCache.clear();
    statusCache.set(key, status);
  }
  return { ...status, timezone };
}
