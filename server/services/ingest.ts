import { createHash } from 'node:crypto';
import { decodeBytes } from '../core/csv/decode-bytes.ts';
import type { ColumnMapping } from '../core/csv/header-aliases.ts';
import { readTable } from '../core/csv/read-table.ts';
import { type Diff, diffPoints } from '../core/diff.ts';
import type { RowIssue, ServicePoint } from '../core/schemas.ts';
import { type SuspiciousChange, suspiciousChanges } from '../core/suspicious.ts';
import { validateRows } from '../core/validate/validate-rows.ts';
import type { VersionInfo } from '../store/store.ts';
import type { AppContext } from './app-context.ts';

export interface IngestInput {
  jurisdiction: string;
  bytes: Uint8Array;
  fileName: string;
  mapping?: ColumnMapping;
  sample?: boolean;
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
  before: ServicePoint[];
  /** The file's own header and every row's original cells, for the downloadable error report. */
  header: string[];
  rawRows: { row: number; raw: string[] }[];
}

/** Reads, validates and diffs a file against the jurisdiction's published version. Changes nothing. */
export async function preview(ctx: AppContext, input: IngestInput): Promise<Preview> {
  const jurisdiction = ctx.catalog.jurisdictionById.get(input.jurisdiction);
  if (!jurisdiction) throw new Error(`Unknown jurisdiction "${input.jurisdiction}".`);
  const decoded = decodeBytes(input.bytes);
  const table = readTable(decoded.text, input.mapping);
  const validated = validateRows(table.rows, {
    jurisdiction,
    serviceCodes: ctx.catalog.services.map((s) => s.code),
    fsaCentroid: (fsa) => ctx.reference.fsaCentroids.get(fsa),
    provinces: ctx.reference.provinceLocator,
    decimalComma: table.delimiter !== ',',
    sample: input.sample ?? false,
  });
  const { baseVersion, before } = await publishedSet(ctx, jurisdiction.id);
  const diff = diffPoints(before, validated.points);
  const errors = [...table.issues, ...validated.issues].sort((a, b) => a.row - b.row);
  const rejected = validated.rejectedRows.length + table.rejected.length;
  return {
    jurisdiction: jurisdiction.id,
    baseVersion,
    fileName: input.fileName,
    fileHash: createHash('sha256').update(input.bytes).digest('hex'),
    encoding: decoded.encoding,
    delimiter: table.delimiter,
    summary: {
      rows: table.rows.length + table.rejected.length,
      valid: validated.points.length,
      rejected,
      warnings: errors.filter((e) => e.severity === 'warning').length,
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      unchanged: diff.unchanged,
    },
    errors,
    diff,
    suspicious: suspiciousChanges(before, validated.points, diff),
    points: validated.points,
    before,
    header: table.header,
    rawRows: [...table.rows.map((r) => ({ row: r.row, raw: r.raw })), ...table.rejected].sort(
      (a, b) => a.row - b.row,
    ),
  };
}

/**
 * The jurisdiction's published version and points: from memory when the index holds the version the store says
 * is published (the usual case, and 100k points need not be read back), else from the store.
 */
async function publishedSet(ctx: AppContext, jurisdiction: string) {
  const baseVersion = await ctx.store.publishedVersion(jurisdiction);
  if (baseVersion === null) return { baseVersion, before: [] as ServicePoint[] };
  const cached = ctx.index.published(jurisdiction);
  const before =
    cached?.version === baseVersion
      ? [...cached.points]
      : await ctx.store.versionPoints(jurisdiction, baseVersion);
  return { baseVersion, before };
}

/** Points added or changed by this publish are modified `now`; unchanged ones keep their earlier time. */
function stampModified(p: Preview, now: string): ServicePoint[] {
  const touched = new Set([...p.diff.added, ...p.diff.changed.map((c) => c.id)]);
  const earlier = new Map(p.before.map((b) => [b.id, b.modified_at]));
  return p.points.map((pt) => ({ ...pt, modified_at: touched.has(pt.id) ? now : earlier.get(pt.id) || now }));
}

/** Publishes a preview as the jurisdiction's new version, then swaps the spatial index. */
export async function publishPreview(ctx: AppContext, p: Preview, publishedBy: string): Promise<VersionInfo> {
  const points = stampModified(p, new Date().toISOString());
  const version = await ctx.store.publish({
    jurisdiction: p.jurisdiction,
    points,
    baseVersion: p.baseVersion,
    publishedBy,
    fileName: p.fileName,
    fileHash: p.fileHash,
    summary: { ...p.summary },
  });
  ctx.index.replace(p.jurisdiction, version.version, version.published_at, points);
  return version;
}
