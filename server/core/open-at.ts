import { parseHours } from './hours.ts';
import type { ServicePoint } from './schemas.ts';
import { timezoneFor } from './timezone.ts';

/** Wall-clock fields, as read on a clock at the place. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A parsed `open_at`: an instant (it had an offset) or a wall-clock time to apply at each point. */
export type OpenAt = { kind: 'instant'; at: Date } | { kind: 'wall'; clock: WallClock };

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * True for an ISO 8601 date-time of the calendar (`2026-11-23T10:30`, with seconds, `Z` or an offset such as
 * `-05:00` or `+0530`): no 30 February, no 24:00, no offset beyond ±14:00.
 */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [
    m[1],
    m[2],
    m[3],
    m[4],
    m[5],
    m[6] ?? '0',
    m[9] ?? '0',
    m[10] ?? '0',
  ].map(Number) as [number, number, number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetMinutes <= 59 &&
    offsetHours * 60 + offsetMinutes <= 14 * 60
  );
}

export function parseOpenAt(value: string): OpenAt {
  const m = ISO_DATE_TIME.exec(value);
  if (!m || !isIsoDateTime(value)) throw new Error(`not an ISO date-time: ${value}`);
  if (m[7]) {
    // JavaScript reads an offset only with its colon.
    const at = m[8] ? `${value.slice(0, -m[7].length)}${m[8]}${m[9]}:${m[10]}` : value;
    return { kind: 'instant', at: new Date(at) };
  }
  return {
    kind: 'wall',
    clock: {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
    },
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const clocks = new Map<string, WallClock>();

/**
 * Wall-clock fields of an instant in a time zone (to the minute). Memoised per zone and minute: formatting
 * through Intl is the costliest step of a /nearest answer, and its results share a handful of zones.
 */
export function wallClockIn(at: Date, timeZone: string): WallClock {
  const key = `${timeZone}\u0000${Math.floor(at.getTime() / 60_000)}`;
  const hit = clocks.get(key);
  if (hit) return hit;
  const clock = formatClock(at, timeZone);
  if (clocks.size > 1000) clocks.clear();
  clocks.set(key, clock);
  return clock;
}

function formatClock(at: Date, timeZone: string): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/**
 * `opening_hours` reads a Date through its local-time getters, so we hand it a Date whose local fields are the
 * wall-clock time at the point: the evaluation then happens in the point's own time zone, whatever the server's.
 */
export function asLocalDate(c: WallClock): Date {
  return new Date(c.year, c.month - 1, c.day, c.hour, c.minute);
}

export function pointTimezone(p: Pick<ServicePoint, 'province' | 'lon' | 'lat'>): string {
  return timezoneFor(p.province, p.lon, p.lat);
}

/** True when the point's hours say it is open at `openAt`. A point without (valid) hours is never "open". */
export function isOpenAt(p: ServicePoint, openAt: OpenAt): boolean {
  if (p.hours === '') return false;
  const h = parseHours(p.hours);
  if (!h.ok) return false;
  const clock = openAt.kind === 'wall' ? openAt.clock : wallClockIn(openAt.at, pointTimezone(p));
  return h.hours.getState(asLocalDate(clock));
}
