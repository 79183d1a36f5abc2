/** Timing helpers: repeated runs, min / median / max, and the table rows every figure reports. */

export interface Stats {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    min: s[0] ?? Number.NaN,
    median: s[Math.floor(s.length / 2)] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    runs: s.length,
  };
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the milliseconds of each run. */
export async function time(fn: () => unknown, runs = 5, warmup = 1): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** One line of the results table. `ratio` is how the figure compares with its baseline, as the target states it. */
export interface Figure {
  name: string;
  size?: number;
  value: Stats;
  unit: string;
  baseline?: { name: string; value: Stats };
  ratio?: number;
  ratioLabel?: string;
  target: string;
  met: boolean | null;
  note?: string;
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(1) : n.toPrecision(2);

export function formatStats(s: Stats, unit: string): string {
  return `${fmt(s.median)} ${unit} (${fmt(s.min)}–${fmt(s.max)}, n=${s.runs})`;
}

export function printTable(figures: Figure[]) {
  const rows = figures.map((f) => [
    f.name + (f.size ? ` @${f.size.toLocaleString('en')}` : ''),
    formatStats(f.value, f.unit),
    f.baseline ? `${f.baseline.name}: ${formatStats(f.baseline.value, f.unit)}` : '—',
    f.ratio !== undefined ? `${fmt(f.ratio)}${f.ratioLabel ?? '×'}` : '—',
    f.target,
    f.met === null ? 'n/a' : f.met ? 'MET' : 'MISSED',
  ]);
  const head = ['figure', 'median (min–max)', 'baseline (same run)', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
  for (const f of figures.filter((x) => x.note))
    console.log(`  note (${f.name}${f.size ? ` @${f.size}` : ''}): ${f.note}`);
}
