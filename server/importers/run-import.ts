import { CSV_COLUMNS } from '../core/codes.ts';
import { toCsv } from '../core/csv/write-csv.ts';
import { diffPoints } from '../core/diff.ts';
import type { RowIssue } from '../core/schemas.ts';
import { suspiciousChanges } from '../core/suspicious.ts';
import type { AppContext } from '../services/app-context.ts';
import { type Preview, preview, publishPreview } from '../services/ingest.ts';
import type { ImportNote, LeftOut, MappedSource } from './mapped-source.ts';

export interface ImportOptions {
  source: string;
  jurisdiction: string;
  fileName: string;
  dryRun: boolean;
  publishedBy: string;
}

/** What an import did, in the publisher's terms: every source row is published, left out (with why), or noted. */
export interface ImportReport {
  source: string;
  jurisdiction: string;
  file: string;
  dry_run: boolean;
  /** Rows in the publisher's file (importer's left-outs included). */
  source_rows: number;
  published_version: number | null;
  /** True when the file matches the published version exactly, so nothing was published. */
  unchanged: boolean;
  base_version: number | null;
  /** The pipeline's summary of the canonical rows it was given. */
  summary: Preview['summary'];
  /** Rows not published: left out by the importer, or rejected by validation. */
  left_out: LeftOut[];
  notes: ImportNote[];
  warnings: RowIssue[];
  suspicious: string[];
}

/**
 * Feeds an importer's canonical rows through the same pipeline as uploads (decode, validate, diff, publish), so
 * an import can do nothing an upload could not. Rows rejected by validation join the importer's own left-outs.
 */
export async function runImport(
  ctx: AppContext,
  mapped: MappedSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const csv = toCsv(
    CSV_COLUMNS,
    mapped.rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? '')),
  );
  const p = markApproximate(
    await preview(ctx, {
      jurisdiction: options.jurisdiction,
      bytes: new TextEncoder().encode(csv),
      fileName: options.fileName,
    }),
    mapped.approximateIds,
  );
  const rejected = new Map<number, string[]>();
  for (const e of p.errors) {
    if (e.severity !== 'error') continue;
    rejected.set(e.row, [...(rejected.get(e.row) ?? []), e.message]);
  }
  // The CSV we wrote has no blank lines: data row i (0-based) is spreadsheet row i + 2.
  const pipelineLeftOut: LeftOut[] = [...rejected].map(([row, messages]) => {
    const r = mapped.rows[row - 2];
    return {
      source_row: mapped.sourceRows[row - 2] ?? String(row),
      id: r?.id ?? '',
      name: r?.name_en || r?.name_fr || '',
      // "Row 14, column lat: …" → "lat: …": the row is named by source_row, in the publisher's numbering.
      reason: messages
        .map((m) => m.replace(/^Row \d+(?:, column (\w+))?: /, (_m, col) => (col ? `${col}: ` : '')))
        .join(' '),
    };
  });
  // Re-importing the same file publishes nothing: a new version with no change would only blur the history.
  const nothingChanged =
    p.baseVersion !== null && p.diff.added.length + p.diff.changed.length + p.diff.removed.length === 0;
  const publish = !options.dryRun && p.summary.valid > 0 && !nothingChanged;
  const version = publish ? await publishPreview(ctx, p, options.publishedBy) : null;
  return {
    source: options.source,
    jurisdiction: options.jurisdiction,
    file: options.fileName,
    dry_run: options.dryRun,
    source_rows: mapped.rows.length + mapped.leftOut.length,
    published_version: version?.version ?? null,
    unchanged: nothingChanged,
    base_version: p.baseVersion,
    summary: p.summary,
    left_out: [...mapped.leftOut, ...pipelineLeftOut],
    notes: mapped.notes,
    warnings: p.errors.filter((e) => e.severity === 'warning'),
    suspicious: p.suspicious.map((s) => s.message),
  };
}

/**
 * Sets `approximate` on the points the publisher located at a town or postal-area centre, then recomputes the
 * diff so it compares what will really be published (a re-import of the same file is then "unchanged").
 */
function markApproximate(p: Preview, ids: Set<string>): Preview {
  if (ids.size === 0) return p;
  // Same points in the same order, so the preview's pairing with the published set still holds.
  const points = p.points.map((pt) => (ids.has(pt.source_id) ? { ...pt, approximate: true } : pt));
  const diff = diffPoints(p.before, points);
  return {
    ...p,
    points,
    diff,
    suspicious: suspiciousChanges(p.before, points, diff),
    summary: {
      ...p.summary,
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      unchanged: diff.unchanged,
    },
  };
}
