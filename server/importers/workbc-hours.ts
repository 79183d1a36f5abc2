/**
 * Turns WorkBC's free-text hours (`hours1`..`hours4`, one statement each) into OpenStreetMap `opening_hours`.
 * Understands "8:30 am to 4:30 pm Monday, Tuesday", day ranges ("Tuesday to Friday", "Monday -Thursday"),
 * several ranges ("10:30 am to 4:00 pm & 5:00 pm to 6:30 pm"), lunch closures ("(closed noon to 1 for lunch)",
 * "Closed for lunch 12:15 pm to 12:45 pm"), holiday closures ("Statutory Holidays - Closed" → `PH off`) and
 * closed days (which need nothing: a day no rule opens is closed). Anything else is reported, never guessed.
 */

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const DAY_WORDS: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** Minutes after midnight. */
type Range = [number, number];

export interface WorkBcHours {
  /** `opening_hours` text, empty when no statement opened any day. */
  hours: string;
  /** Statements that could not be read, verbatim. */
  unreadable: string[];
}

const TIME = String.raw`(noon|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)`;
const TIME_RANGE = new RegExp(`${TIME}\\s*(?:to|-)\\s*${TIME}`, 'g');

function toMinutes(t: string, other: string, isEnd: boolean): number {
  if (t === 'noon') return 12 * 60;
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(t.trim());
  if (!m) return Number.NaN;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  // "noon to 1", "9:00 am to 7 pm": a bare hour takes the other end's half of the day, else office sense.
  const half = m[3] ?? (/pm/.test(other) && !isEnd ? '' : /am|pm/.exec(other)?.[0]) ?? '';
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (!half && h < 7) h += 12;
  return h * 60 + min;
}

function timeRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(TIME_RANGE)) {
    const a = m[1] ?? '';
    const b = m[2] ?? '';
    let start = toMinutes(a, b, false);
    let end = toMinutes(b, a, true);
    if (end <= start && end < 12 * 60) end += 12 * 60;
    if (start >= end && start >= 12 * 60 && !/pm/.test(a)) start -= 12 * 60;
    out.push([start, end]);
  }
  return out;
}

/** Day indexes named in a statement (after its times are removed): lists, ranges ("to", "-") and "weekends". */
function days(text: string): number[] {
  const tokens = text.match(/mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|weekends?|\bto\b|-/g) ?? [];
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (t.startsWith('weekend')) {
      out.add(5).add(6);
      continue;
    }
    const d = DAY_WORDS[t.slice(0, 3)];
    if (d === undefined) continue;
    const next = tokens[i + 1];
    const end = DAY_WORDS[(tokens[i + 2] ?? '').slice(0, 3)];
    if ((next === 'to' || next === '-') && end !== undefined) {
      for (let k = d; k <= end; k++) out.add(k);
      i += 2;
    } else out.add(d);
  }
  return [...out].sort();
}

function subtract(ranges: Range[], cut: Range): Range[] {
  return ranges.flatMap(([a, b]): Range[] => {
    if (cut[1] <= a || cut[0] >= b) return [[a, b]];
    return [
      [a, cut[0]],
      [cut[1], b],
    ].filter(([x, y]) => (y ?? 0) > (x ?? 0)) as Range[];
  });
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Converts the four hours statements of one centre. Empty and "n/a" statements are ignored. */
export function parseWorkBcHours(statements: readonly string[]): WorkBcHours {
  const byDay = new Map<number, Range[]>();
  const breaks: Range[] = [];
  const unreadable: string[] = [];
  let holidaysOff = false;
  for (const raw of statements) {
    // Holiday names contain day words ("Easter Monday") that must not open or close a weekday.
    let s = raw
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/easter monday|boxing day/g, 'holiday');
    if (s === '' || s === 'n/a') continue;
    // "(closed 1:00 pm to 1:30 pm)" belongs to its own statement; "Closed for lunch …" to every day.
    const ownBreaks = [...s.matchAll(/\(\s*closed([^)]*)\)/g)].flatMap((m) => timeRanges(m[1] ?? ''));
    s = s.replace(/\(\s*closed[^)]*\)/g, ' ');
    const closed = /\bclosed\b/.test(s);
    if (closed && /holiday/.test(s)) holidaysOff = true;
    const ranges = timeRanges(s);
    const named = days(s.replace(TIME_RANGE, ' ').replace(/(statutory )?holidays?/g, ' '));
    if (ranges.length > 0 && named.length > 0) {
      const open = ownBreaks.reduce((acc, b) => subtract(acc, b), ranges);
      for (const d of named) byDay.set(d, [...(byDay.get(d) ?? []), ...open]);
    } else if (ranges.length > 0 && closed && /lunch/.test(s)) {
      breaks.push(...ranges);
    } else if (!closed || ranges.length > 0) {
      unreadable.push(raw.trim());
    }
    // A closed statement without times ("Saturday, Sunday - Closed", "Closed") needs no rule.
  }
  const rules = new Map<string, number[]>();
  for (const [d, ranges] of [...byDay].sort((a, b) => a[0] - b[0])) {
    const cut = breaks.reduce(
      (acc, b) => subtract(acc, b),
      ranges.sort((a, b) => a[0] - b[0]),
    );
    const key = cut.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
    rules.set(key, [...(rules.get(key) ?? []), d]);
  }
  const parts = [...rules].map(([times, ds]) => `${daySelector(ds)} ${times}`);
  if (parts.length > 0 && holidaysOff) parts.push('PH off');
  return { hours: parts.join('; '), unreadable };
}

/** `[0,1,2,4]` → `Mo-We,Fr`. */
function daySelector(ds: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ds.length; ) {
    let j = i;
    while (j + 1 < ds.length && ds[j + 1] === (ds[j] ?? 0) + 1) j++;
    const a = DAYS[ds[i] ?? 0];
    const b = DAYS[ds[j] ?? 0];
    out.push(j - i >= 2 ? `${a}-${b}` : j > i ? `${a},${b}` : `${a}`);
    i = j + 1;
  }
  return out.join(',');
}
