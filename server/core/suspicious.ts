import type { Diff } from './diff.ts';
import { type IssueText, issueText } from './issue-text/catalogue.ts';
import type { ServicePoint } from './schemas.ts';

/** Thresholds above which a change needs the steward's explicit confirmation before it is published. */
export const SUSPICIOUS = {
  /** A point moving farther than this (metres) is probably a geocoding mistake. */
  moveM: 1000,
  /** Removing more than this share of the published points is probably a truncated file. */
  removedShare: 0.2,
  /** More newly closed sites than this share of the points (and at least `closedMin`) is unusual. */
  closedShare: 0.1,
  closedMin: 3,
} as const;

export type SuspiciousChange =
  | { kind: 'moved'; id: string; moved_m: number; message: string }
  | { kind: 'mass_removal'; removed: number; published: number; message: string }
  | { kind: 'closures_jump'; closed_before: number; closed_after: number; message: string }
  | { kind: 'missing_column'; column: string; erased: number; message: string };

/** Flags the changes of a diff that a careful steward would want to look at twice, worded in `text`'s language. */
export function suspiciousChanges(
  before: readonly ServicePoint[],
  after: readonly ServicePoint[],
  diff: Diff,
  text: IssueText = issueText('en'),
  /** Template columns the file does not have. */
  missingColumns: readonly string[] = [],
): SuspiciousChange[] {
  const flags: SuspiciousChange[] = [];
  flags.push(...erasedByMissingColumns(before, diff, missingColumns, text));
  for (const c of diff.changed) {
    if (c.moved_m > SUSPICIOUS.moveM) {
      flags.push({
        kind: 'moved',
        id: c.id,
        moved_m: c.moved_m,
        message: text.moved(c.id, c.moved_m / 1000),
      });
    }
  }
  if (before.length > 0 && diff.removed.length / before.length > SUSPICIOUS.removedShare) {
    flags.push({
      kind: 'mass_removal',
      removed: diff.removed.length,
      published: before.length,
      message: text.massRemoval(
        diff.removed.length,
        before.length,
        Math.round((100 * diff.removed.length) / before.length),
      ),
    });
  }
  const closed = (ps: readonly ServicePoint[]) => ps.filter((p) => p.status === 'closed').length;
  const closedBefore = closed(before);
  const closedAfter = closed(after);
  const jump = closedAfter - closedBefore;
  if (jump >= SUSPICIOUS.closedMin && jump > SUSPICIOUS.closedShare * Math.max(before.length, after.length)) {
    flags.push({
      kind: 'closures_jump',
      closed_before: closedBefore,
      closed_after: closedAfter,
      message: text.closuresJump(closedBefore, closedAfter),
    });
  }
  return flags;
}

const isEmpty = (v: unknown) => v === '' || v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * A column the file lacks empties that field of every point it describes: a file of id, name, lat, lon and phone
 * would erase the published hours, services and French names of every site. Flagged per column, with the count of
 * published values it would erase, so the steward confirms that this is meant.
 */
function erasedByMissingColumns(
  before: readonly ServicePoint[],
  diff: Diff,
  missingColumns: readonly string[],
  text: IssueText,
): SuspiciousChange[] {
  if (missingColumns.length === 0 || diff.changed.length === 0) return [];
  const byId = new Map(before.map((p) => [p.id, p]));
  const erased = new Map<string, number>();
  for (const c of diff.changed) {
    const old = byId.get(c.id) as Record<string, unknown> | undefined;
    if (!old) continue;
    for (const f of c.fields)
      if (missingColumns.includes(f) && !isEmpty(old[f])) erased.set(f, (erased.get(f) ?? 0) + 1);
  }
  return [...erased].map(([column, count]) => ({
    kind: 'missing_column' as const,
    column,
    erased: count,
    message: text.missingColumn(column, count),
  }));
}
