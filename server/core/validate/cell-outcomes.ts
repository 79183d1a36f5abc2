/** What a code or list cell means, computed once per distinct cell (see `Memo`). */
import type { IssueText } from '../issue-text/catalogue.ts';
import { closest, foldText, splitList } from '../text.ts';
import { quote } from './row-issues.ts';

/** A code cell's outcome: the valid code, or what to tell the steward. */
export type CodeOutcome<T> = { value: T; message?: undefined } | { value?: undefined; message: string };

/**
 * Remembers the outcome of a check per distinct cell. Real files repeat most cells (the same services list, the
 * same hours, the same website on hundreds of rows), and a 100k-row file would otherwise parse each again.
 * Bounded: past `MEMO_SIZE` distinct cells it starts afresh, so a column of unique values costs little.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  /** The outcome of an empty cell, the most frequent of all (optional columns), kept out of the map's hashing. */
  private empty: { v: V } | undefined;
  /**
   * The last cell looked up and its outcome: consecutive rows often repeat a cell (one toll-free number, one
   * website), and comparing two short strings is cheaper than hashing a fresh one for the map.
   */
  private lastCell = '';
  private lastValue: V | undefined;
  constructor(private readonly compute: (cell: string) => V) {}
  get(cell: string): V {
    if (cell === '') {
      this.empty ??= { v: this.compute('') };
      return this.empty.v;
    }
    if (cell === this.lastCell) return this.lastValue as V;
    let v = this.map.get(cell);
    if (v === undefined) {
      v = this.compute(cell);
      if (this.map.size >= MEMO_SIZE) this.map.clear();
      this.map.set(cell, v);
    }
    this.lastCell = cell;
    this.lastValue = v;
    return v;
  }
}

const MEMO_SIZE = 4096;

export function codeOutcome<T extends string>(
  value: string,
  valid: readonly T[],
  text: IssueText,
): CodeOutcome<T> {
  const lower = value.trim().toLowerCase();
  const v = lower.replace(/[\s-]+/g, '_');
  const hit = valid.find((x) => x === lower || x === v);
  if (hit) return { value: hit };
  return { message: text.unknownCode(quote(text, value), valid, closest(value, valid)) };
}

/** A list cell's codes and the message of each unknown one. Frozen: points with the same cell share it. */
export function listOutcome<T extends string>(
  cell: string,
  valid: readonly T[],
  words: Record<string, string>,
  text: IssueText,
): { values: readonly T[]; messages: string[] } {
  const values: T[] = [];
  const messages: string[] = [];
  for (const v of splitList(cell)) {
    const direct = valid.find((x) => x === v.toLowerCase());
    const out: CodeOutcome<T> = direct
      ? { value: direct }
      : codeOutcome(words[foldText(v)] ?? v, valid, text);
    if (out.message === undefined) values.push(out.value);
    else messages.push(out.message);
  }
  return { values: Object.freeze(values), messages };
}
