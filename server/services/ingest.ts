import { createHash } from 'node:crypto';
import { CSV_COLUMNS } from '../core/codes.ts';
import { decodeBytes, decodeInPieces } from '../core/csv/decode-bytes.ts';
import { errorReportCsv } from '../core/csv/error-report.ts';
import type { ColumnMapping } from '../core/csv/header-aliases.ts';
import { readTable, scanTable, type TableScan } from '../core/csv/read-table.ts';
import { detachStrings } from '../core/detach-strings.ts';
import { type Diff, diffPoints, sameCompared } from '../core/diff.ts';
import { type IssueText, issueText, type Lang } from '../core/issue-text/catalogue.ts';
import type { RowIssue, ServicePoint } from '../core/schemas.ts';
import { type SuspiciousChange, suspiciousChanges } from '../core/suspicious.ts';
import { RowValidator } from '../core/validate/validate-rows.ts';
import { sameStored } from '../store/point-codec.ts';
import type { VersionInfo } from '../store/store.ts';
import type { AppContext } from './app-context.ts';
import type { PreparedIndex } from './published-index.ts';

export interface IngestInput {
  jurisdiction: string;
  bytes: Uint8Array;
  fileName: string;
  mapping?: ColumnMapping;
  sample?: boolean;
  /** The language of the issue messages (English by default). */
  lang?: Lang;
}

export interface IngestSummary {
  rows: number;
  valid: number;
  rejected: number;
  warnings: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** What an upload would do: validated points, row issues, and the diff against the published version. */
export interface Preview {
  jurisdiction: string;
  baseVersion: number | null;
  fileName: string;
  fileHash: string;
  encoding: string;
  delimiter: string;
  summary: IngestSummary;
  errors: RowIssue[];
  diff: Diff;
  suspicious: SuspiciousChange[];
  /** The candidate set (valid rows) and the published set it was compared with. */
  points: ServicePoint[];
  before: readonly ServicePoint[];
  /** `base[i]`: the published point with the source id of `points[i]`, if any. */
  base: (ServicePoint | undefined)[];
  /** The file's own header. */
  header: string[];
  /** See `ReadTable.unreadableFrom`: such a preview cannot be published (its file may hold more than was read). */
  unreadableFrom: number | undefined;
  /**
   * The uploaded bytes and the mapping they were read with: the downloadable error report re-reads them, which
   * is far cheaper than holding every row's original cells for the hour a preview lives.
   */
  bytes: Uint8Array;
  mapping: ColumnMapping | undefined;
}

/**
 * Reads, validates and diffs a file against the jurisdiction's published version. Changes nothing. Rows are
 * validated as the reader parses them, chunk by chunk, so only the valid points outlive the reading.
 */
export async function preview(ctx: AppContext, input: IngestInput): Promise<Preview> {
  const jurisdiction = ctx.catalog.jurisdictionById.get(input.jurisdiction);
  if (!jurisdiction) throw new Error(`Unknown jurisdiction "${input.jurisdiction}".`);
  // Hashed here, in place: 27 MB (100k rows) take ~15 ms. Web Crypto would hash on the thread pool, but from a
  // copy of the file it makes first (25 MB more at the peak of an upload, measured).
  const fileHash = createHash('sha256').update(input.bytes).digest('hex');
  const { baseVersion, before, trusted } = await publishedSet(ctx, jurisdiction.id);
  const published = new Map<string, ServicePoint | number>();
  for (const p of before) published.set(p.source_id, p);
  // Decoded a piece at a time as the reader asks: the file's whole text never exists at once.
  const decoded = decodeInPieces(input.bytes);
  let validator: RowValidator | undefined;
  const text = issueText(input.lang);
  // A search of the bytes (memchr, ~3 ms for 27 MB) spares every row the search of its cells.
  const nul = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength).includes(0);
  const table = scanTable(
    decoded.pieces,
    input.mapping ?? {},
    (row, scan) => {
      validator ??= new RowValidator({
        jurisdiction,
        serviceCodes: ctx.catalog.services.map((s) => s.code),
        fsaCentroid: (fsa) => ctx.reference.fsaCentroids.get(fsa),
        provinces: ctx.reference.provinceLocator,
        decimalComma: scan.delimiter !== ',',
        sample: input.sample ?? false,
        published,
        trusted,
        text,
        nul,
      });
      validator.add(row);
    },
    text,
  );
  // No validator: the file had no row to validate, so everything published would go.
  const validated = validator?.result() ?? {
    points: [],
    base: [],
    removed: [...before],
    issues: [],
    rejectedRows: [],
  };
  const diff = diffPoints(before, validated.points, validated);
  const errors = [...table.issues, ...inOwnWords(validated.issues, table, text)].sort(
    (a, b) => a.row - b.row,
  );
  return {
    jurisdiction: jurisdiction.id,
    baseVersion,
    fileName: input.fileName,
    fileHash,
    encoding: decoded.encoding,
    delimiter: table.delimiter,
    summary: {
      rows: table.rowCount,
      valid: validated.points.length,
      rejected: validated.rejectedRows.length + table.rejected.length,
      warnings: errors.filter((e) => e.severity === 'warning').length,
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      unchanged: diff.unchanged,
    },
    errors,
    diff,
    suspicious: suspiciousChanges(
      before,
      validated.points,
      diff,
      text,
      CSV_COLUMNS.filter((c) => !table.columns.includes(c)),
    ),
    points: validated.points,
    before,
    base: validated.base,
    header: table.header,
    unreadableFrom: table.unreadableFrom,
    bytes: input.bytes,
    mapping: input.mapping,
  };
}

/**
 * Row issues name the column by the file's own header when it differs from the template's ("column Type de site
 * (site_type)" in a French file), so the steward finds the cell in their spreadsheet. `column` stays the
 * template's, as the API describes it.
 */
function inOwnWords(issues: RowIssue[], table: TableScan, text: IssueText): RowIssue[] {
  const own = new Map<string, string>();
  table.columns.forEach((c, i) => {
    const header = table.header[i];
    if (c && header && header !== c && !own.has(c)) own.set(c, header);
  });
  if (own.size === 0) return issues;
  for (const issue of issues) {
    const header = own.get(issue.column);
    if (!header) continue;
    const prefix = text.rowColumn(issue.row, issue.column, '');
    if (issue.message.startsWith(prefix))
      issue.message = text.rowColumn(
        issue.row,
        `${header} (${issue.column})`,
        issue.message.slice(prefix.length),
      );
  }
  return issues;
}

/** The steward's error report of a preview: their file, every row as they sent it, plus an `error` column. */
export function previewErrorReport(p: Preview): string {
  const table = readTable(decodeBytes(p.bytes).text, p.mapping);
  const rows = [...table.rows.map((r) => ({ row: r.row, raw: r.raw })), ...table.rejected].sort(
    (a, b) => a.row - b.row,
  );
  return errorReportCsv(table.header, rows, p.errors, p.delimiter);
}

/**
 * The jurisdiction's published version and points: from memory when the index holds the version the store says
 * is published (the usual case, and 100k points need not be read back), else from the store.
 */
async function publishedSet(ctx: AppContext, jurisdiction: string) {
  const baseVersion = await ctx.store.publishedVersion(jurisdiction);
  if (baseVersion === null) return { baseVersion, before: [] as ServicePoint[], trusted: false };
  const cached = ctx.index.published(jurisdiction);
  if (cached?.version === baseVersion)
    return { baseVersion, before: cached.points, trusted: cached.validated };
  return { baseVersion, before: await ctx.store.versionPoints(jurisdiction, baseVersion), trusted: false };
}

/**
 * Points added or changed by this publish are modified `now`; unchanged ones keep their earlier time. In place:
 * the fresh candidate points belong to this preview alone, and copying 100k objects would double the memory a
 * large publish needs; a candidate that *is* its published point (the validator kept it) is never touched.
 * When the new set keeps published points, the fresh ones are detached from the upload's text (see
 * `detachStrings`). Returns the source ids whose stored row would not change at all, which the store keeps
 * instead of writing again.
 */
function stampForPublish(p: Preview, now: string): Set<string> {
  const unchanged = new Set<string>();
  let reused = 0;
  for (let i = 0; i < p.points.length; i++) {
    const pt = p.points[i] as ServicePoint;
    const b = p.base[i];
    if (pt === b) {
      reused++;
      unchanged.add(pt.source_id);
      continue;
    }
    // Unchanged in the diff's sense (no compared field differs) keeps the published point's time.
    pt.modified_at = b && sameCompared(pt, b) ? b.modified_at || now : now;
    if (b && sameStored(pt, b)) unchanged.add(pt.source_id);
  }
  if (reused > 0)
    for (let i = 0; i < p.points.length; i++)
      if (p.points[i] !== p.base[i]) detachStrings(p.points[i] as ServicePoint);
  return unchanged;
}

/** Publishes a preview as the jurisdiction's new version, then swaps in the spatial index built meanwhile. */
export async function publishPreview(ctx: AppContext, p: Preview, publishedBy: string): Promise<VersionInfo> {
  const unchanged = stampForPublish(p, new Date().toISOString());
  const points = p.points;
  let next: PreparedIndex | undefined;
  const version = await ctx.store.publish({
    jurisdiction: p.jurisdiction,
    points,
    baseVersion: p.baseVersion,
    unchanged,
    publishedBy,
    fileName: p.fileName,
    fileHash: p.fileHash,
    summary: { ...p.summary },
    // The next index is built while the database works through the last rows (it took 60-130 ms after the
    // commit for 91k points); it is swapped in only once the version is committed.
    whileWriting: () => {
      next = ctx.index.prepare(p.jurisdiction, points);
    },
  });
  ctx.index.replace(
    p.jurisdiction,
    { version: version.version, publishedAt: version.published_at, points, validated: true },
    next,
  );
  return version;
}
