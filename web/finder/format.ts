import type { PointFeature } from '../../server/core/geojson.ts';
import type { MessageKey } from '../i18n/en.ts';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;
type N = (value: number, digits?: number) => string;

/** `850 m`, `12.5 km` / `12,5 km`, `140 km`: one decimal below 100 km, in the locale's number format. */
export function formatDistance(m: number, t: T, n: N): string {
  if (m < 1000) return t('finder.m', { m: n(Math.round(m / 10) * 10) });
  const km = m / 1000;
  return t('finder.km', { km: n(km, km < 100 ? 1 : 0) });
}

/**
 * A wall-clock time at the point (`2026-11-24T08:30`, no offset) as the user reads it: `at 08:30` today,
 * `Tue, Nov 24 at 08:30` on another day. "Today" is today on the point's own clock.
 */
export function formatWhen(wall: string, timeZone: string | undefined, lang: string, t: T): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) return wall;
  const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
  // Formatted as UTC so the fields print exactly as given: they already are the time at the point.
  const asUtc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(asUtc);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC' }).format(new Date());
  const zoneNote =
    timeZone && timeZone !== Intl.DateTimeFormat().resolvedOptions().timeZone
      ? ` (${t('finder.localTime')})`
      : '';
  if (today === `${m[1]}-${m[2]}-${m[3]}`) return `${t('finder.atTime', { time })}${zoneNote}`;
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(asUtc);
  return `${day} ${t('finder.atTime', { time })}${zoneNote}`;
}

/** "Open now · closes at 16:30", "Closed now · opens Tue, Nov 24 at 08:30", or an outreach site's next visit. */
export function openLabel(
  p: PointFeature['properties'],
  lang: string,
  t: T,
): { text: string; open: boolean | null } {
  if (p.open_now === undefined || p.open_now === null) return { text: t('finder.noHours'), open: null };
  const when = p.next_change ? formatWhen(p.next_change, p.timezone, lang, t) : undefined;
  if (p.open_now) return { text: when ? t('finder.openUntil', { when }) : t('finder.openNoEnd'), open: true };
  if (p.site_type === 'outreach' || p.site_type === 'mobile')
    return { text: when ? t('finder.nextVisit', { when }) : t('finder.noVisit'), open: false };
  return { text: when ? t('finder.closedOpens', { when }) : t('finder.closedNoNext'), open: false };
}

/** True when the point was last verified more than a year ago (or never). */
export function needsRecheck(lastVerified: string, now = new Date()): boolean {
  const d = Date.parse(lastVerified);
  return !Number.isFinite(d) || now.getTime() - d > 365 * 86_400_000;
}

const DAY_KEYS: Record<string, MessageKey> = {
  Mo: 'hours.mo',
  Tu: 'hours.tu',
  We: 'hours.we',
  Th: 'hours.th',
  Fr: 'hours.fr',
  Sa: 'hours.sa',
  Su: 'hours.su',
  PH: 'hours.ph',
};
const NTH: MessageKey[] = ['hours.nth1', 'hours.nth2', 'hours.nth3', 'hours.nth4', 'hours.nth5'];

/**
 * OpenStreetMap `opening_hours` made readable, one rule per line: `Mo-Fr 08:30-16:30; PH off` →
 * ["Monday–Friday 08:30–16:30", "public holidays closed"]. Rules it does not know are shown as written.
 */
export function readableHours(hours: string, lang: string, t: T): string[] {
  const month = (i: number) =>
    new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, i, 1)),
    );
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return hours
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((rule) =>
      rule
        .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\[(\d)\]/g, (_, d: string, k: string) =>
          t('hours.nthDay', {
            nth: t(NTH[Number(k) - 1] ?? 'hours.nth1'),
            day: t(DAY_KEYS[d] ?? 'hours.mo'),
          }),
        )
        .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/g, (d: string) => t(DAY_KEYS[d] ?? 'hours.mo'))
        .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, (mo: string) =>
          month(MONTHS.indexOf(mo)),
        )
        .replace(/\boff\b/g, t('hours.off'))
        .replace(/(\d)-(\d)/g, '$1–$2')
        .replace(/([a-zé])-([a-zé])/gi, '$1–$2')
        .replace(/,(?=\S)/g, ', '),
    );
}
