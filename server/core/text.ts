/** Small text helpers shared by the CSV reader, the validator and the geocoder. */

/** Lower-cases, strips accents and collapses spaces, hyphens and underscores: `Trois-Rivières ` → `trois rivieres`. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-'’.]+/g, ' ')
    .trim();
}

/** Levenshtein distance, used to suggest the closest valid code for a typo. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The candidate closest to `value` by edit distance, or undefined when nothing is reasonably close. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Splits a list cell (`a;b`, `a|b`, `a; b`) into trimmed, non-empty values. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}
