import { parseHours } from './hours.ts';
import { asLocalDate, pointTimezone, wallClockIn } from './open-at.ts';
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

type Status = Pick<OpenStatus, 'open_now' | 'next_change'>;

/** The status of hours that do not parse: unknown, like no hours at all. */
const UNKNOWN: Status = { open_now: null, next_change: null };

/**
 * A wall-clock minute in a time zone, and the status of each `hours` string then. Results pages repeat a few hour
 * strings and a handful of zones, and `getNextChange` is the costly part of a /nearest answer, so one evaluation
 * serves a whole minute; keyed by the point's own `hours` string, the lookup hashes nothing new (a key built of
 * hours, zone and minute cost ~2 µs a point, measured).
 */
interface Moment {
  local: Date;
  statuses: Map<string, Status>;
}

const moments = new Map<string, Moment>();

function momentIn(at: Date, timezone: string): Moment {
  const key = `${timezone}\u0000${Math.floor(at.getTime() / 60_000)}`;
  let m = moments.get(key);
  if (!m) {
    if (moments.size > 200) moments.clear();
    m = { local: asLocalDate(wallClockIn(at, timezone)), statuses: new Map() };
    moments.set(key, m);
  }
  return m;
}

/**
 * The open status of a point at instant `at` (default now), evaluated in the point's own time zone with
 * Canadian public holidays, exactly as the `open_at` filter evaluates it.
 */
export function openStatus(p: ServicePoint, at: Date = new Date()): OpenStatus {
  const timezone = pointTimezone(p);
  // A temporarily closed (or closed) office is not open, whatever its usual hours say.
  if (p.status !== 'open') return { open_now: false, next_change: null, timezone };
  if (p.hours === '') return { open_now: null, next_change: null, timezone };
  const moment = momentIn(at, timezone);
  let status = moment.statuses.get(p.hours);
  if (!status) {
    const parsed = parseHours(p.hours);
    if (parsed.ok) {
      const { local } = moment;
      const next = parsed.hours.getNextChange(local, new Date(local.getTime() + 366 * 86_400_000));
      status = { open_now: parsed.hours.getState(local), next_change: next ? fmt(next) : null };
    } else status = UNKNOWN;
    if (moment.statuses.size > 10_000) moment.statuses.clear();
    moment.statuses.set(p.hours, status);
  }
  return { open_now: status.open_now, next_change: status.next_change, timezone };
}
