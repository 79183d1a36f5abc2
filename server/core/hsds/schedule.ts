/**
 * Opening hours ↔ HSDS schedule rows. HSDS 3.0 schedules are RFC 5545 recurrences: one row per weekly rule
 * (`freq=WEEKLY`, `byday=MO,TU`, `opens_at`, `closes_at`). Our `hours` are OpenStreetMap `opening_hours`, which
 * can say more (public holidays, exceptions). Export writes the structured rows it can, and every row's
 * `description` carries the full `opening_hours` text, so nothing is lost for a reader that understands it.
 * Times are local wall-clock times of the site (no UTC offset: the offset changes with daylight saving time).
 */

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface WeeklyRule {
  /** RFC 5545 day codes, `MO`… */
  byday: string[];
  /** `HH:MM`, local time. */
  opens_at: string;
  closes_at: string;
}

/** Day selector (`Mo-We,Fr`) → RFC 5545 days, or undefined when it is not a plain weekday list. */
function daysOf(selector: string): string[] | undefined {
  const out: string[] = [];
  for (const part of selector.split(',')) {
    const [a, b] = part.split('-');
    const i = OSM_DAYS.indexOf(a ?? '');
    const j = b === undefined ? i : OSM_DAYS.indexOf(b);
    if (i < 0 || j < i) return undefined;
    for (let k = i; k <= j; k++) out.push(ICAL_DAYS[k] ?? '');
  }
  return out;
}

/**
 * The weekly rules of an `opening_hours` value, when it is made only of `<days> <HH:MM-HH:MM>[,…]` rules and
 * `PH off` (closed on public holidays, which a weekly recurrence cannot express and the description keeps).
 * Returns undefined for anything richer; the caller then writes the description alone.
 */
export function weeklyRules(hours: string): WeeklyRule[] | undefined {
  const rules: WeeklyRule[] = [];
  for (const raw of hours.split(';')) {
    const rule = raw.trim();
    if (rule === '' || rule === 'PH off') continue;
    const m = /^([A-Za-z,-]+)\s+((?:\d{2}:\d{2}-\d{2}:\d{2},?)+)$/.exec(rule);
    const byday = m ? daysOf(m[1] ?? '') : undefined;
    if (!m || !byday) return undefined;
    for (const range of (m[2] ?? '').split(',').filter(Boolean)) {
      const [opens_at = '', closes_at = ''] = range.split('-');
      rules.push({ byday, opens_at, closes_at });
    }
  }
  return rules;
}

/** Weekly rules back to `opening_hours` (rules with the same days share one selector, ranges in order). */
export function rulesToHours(rules: readonly WeeklyRule[]): string {
  const byDays = new Map<string, string[]>();
  for (const r of rules) {
    const days = r.byday
      .map((d) => ICAL_DAYS.indexOf(d.toUpperCase()))
      .filter((i) => i >= 0)
      .sort();
    if (days.length === 0 || !/^\d{2}:\d{2}$/.test(r.opens_at) || !/^\d{2}:\d{2}$/.test(r.closes_at))
      continue;
    const key = days.map((i) => OSM_DAYS[i]).join(',');
    byDays.set(key, [...(byDays.get(key) ?? []), `${r.opens_at}-${r.closes_at}`]);
  }
  return [...byDays].map(([days, ranges]) => `${days} ${ranges.sort().join(',')}`).join('; ');
}
