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
  | { kind: 'closures_jump'; closed_before: number; closed_after: number; message: string };

/** Flags the changes of a diff that a careful steward would want to look at twice, worded in `text`'s language. */
export function suspiciousChanges(
  before: readonly ServicePoint[],
  after: readonly ServicePoint[],
  diff: Diff,
  text: IssueText = issueText('en'),
): SuspiciousChange[] {
  const flags: SuspiciousChange[] = [];
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
