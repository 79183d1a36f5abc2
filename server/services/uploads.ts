import { randomUUID } from 'node:crypto';
import { ApiError } from '../api/errors.ts';
import type { ColumnMapping } from '../core/csv/header-aliases.ts';
import { toFeature } from '../core/geojson.ts';
import type { Lang } from '../core/issue-text/catalogue.ts';
import type { RowIssue } from '../core/schemas.ts';
import type { UploadRecord, VersionInfo } from '../store/store.ts';
import type { AppContext } from './app-context.ts';
import { type Preview, preview, publishPreview } from './ingest.ts';

/** The JSON answer to an upload: the PRODUCT.md summary plus the diff and the suspicious changes. */
export function uploadBody(record: UploadRecord, p: Preview | undefined) {
  return {
    id: record.id,
    status: (record.published_version !== null ? 'published' : p ? 'previewed' : 'expired') as
      | 'published'
      | 'previewed'
      | 'expired',
    jurisdiction: record.jurisdiction,
    base_version: record.base_version,
    published_version: record.published_version,
    file_name: record.file_name,
    file_hash: record.file_hash,
    created_at: record.created_at,
    encoding: p?.encoding,
    delimiter: p?.delimiter,
    header: p?.header,
    unreadable_from: p?.unreadableFrom ?? null,
    summary: record.summary,
    // The contract's `errors` are the row problems that leave a row out; warnings keep the row.
    errors: (record.errors as RowIssue[]).filter((e) => e.severity === 'error'),
    warnings: (record.errors as RowIssue[]).filter((e) => e.severity === 'warning'),
    diff: p ? { added: p.diff.added, changed: p.diff.changed, removed: p.diff.removed } : undefined,
    suspicious: p?.suspicious ?? [],
    needs_confirmation: (p?.suspicious.length ?? 0) > 0,
  };
}

/**
 * Validates and diffs an upload, records it, and keeps its preview for publishing. Changes nothing public. Its file
 * is kept in the store too, where the store keeps files (PostgreSQL): another instance behind the same load
 * balancer, or this one after a restart, rebuilds the preview from it when the publish comes (`findUpload`).
 */
export async function createUpload(
  ctx: AppContext,
  input: {
    jurisdiction: string;
    bytes: Uint8Array;
    fileName: string;
    tokenId: string;
    mapping?: ColumnMapping;
    lang?: Lang;
  },
) {
  const mapping =
    input.mapping ?? ((await ctx.store.getMapping(input.jurisdiction)) as ColumnMapping | undefined);
  const id = randomUUID();
  // Written while the file is validated: the database server takes it on its own core (~0.1 s for 27 MB). Its
  // failure costs only the rebuild elsewhere, so it is a warning, handled at once (a rejection left unhandled
  // while the preview runs would end the process).
  const keeping = ctx.store
    .keepUploadFile(id, { bytes: input.bytes, mapping, lang: input.lang ?? 'en' }, ctx.previews.ttlMs)
    .catch((e: Error) => {
      process.emitWarning(`upload ${id}: its file could not be kept for other instances: ${e.message}`);
      return false;
    });
  let p: Preview;
  try {
    p = await preview(ctx, { ...input, mapping });
  } catch (e) {
    // A file that could not be read leaves nothing behind.
    if (await keeping) await ctx.store.dropUploadFile(id).catch(() => undefined);
    throw e;
  }
  await keeping;
  const record = await ctx.store.saveUpload({
    id,
    jurisdiction: input.jurisdiction,
    base_version: p.baseVersion,
    token_id: input.tokenId,
    file_name: input.fileName,
    file_hash: p.fileHash,
    summary: { ...p.summary },
    errors: p.errors,
  });
  ctx.previews.put(record.id, p, input.tokenId);
  return uploadBody(record, p);
}

export async function findUpload(ctx: AppContext, jurisdiction: string, uploadId: string) {
  const record = await ctx.store.getUpload(uploadId);
  if (!record || record.jurisdiction !== jurisdiction) {
    throw new ApiError(
      404,
      'not_found',
      `Jurisdiction "${jurisdiction}" has no upload "${uploadId}". Upload the file again to get a new preview.`,
    );
  }
  return { record, preview: ctx.previews.get(uploadId)?.preview ?? (await rebuildPreview(ctx, record)) };
}

/**
 * The preview of an upload this process does not hold (validated by another instance, or before a restart),
 * rebuilt from the file the store kept, while the upload may still be published. It keeps the upload's base
 * version: if another version was published since, publishing it is refused as stale (409), exactly as the
 * original preview would be, rather than silently diffed against a set the steward never saw.
 */
async function rebuildPreview(ctx: AppContext, record: UploadRecord): Promise<Preview | undefined> {
  if (record.published_version !== null) return undefined;
  if (Date.now() - Date.parse(record.created_at) >= ctx.previews.ttlMs) return undefined;
  const file = await ctx.store.uploadFile(record.id);
  if (!file) return undefined;
  const rebuilt = await preview(ctx, {
    jurisdiction: record.jurisdiction,
    bytes: file.bytes,
    fileName: record.file_name,
    mapping: file.mapping as ColumnMapping | undefined,
    lang: file.lang,
  });
  const p = { ...rebuilt, baseVersion: record.base_version };
  ctx.previews.put(record.id, p, record.token_id, Date.parse(record.created_at));
  return p;
}

/** Publishes a previewed upload; suspicious changes need `confirm`. */
export async function publishUpload(
  ctx: AppContext,
  jurisdiction: string,
  uploadId: string,
  opts: { confirm: boolean; tokenId: string },
): Promise<VersionInfo> {
  const { record, preview: p } = await findUpload(ctx, jurisdiction, uploadId);
  if (record.published_version !== null) {
    throw new ApiError(
      409,
      'already_published',
      `Upload ${uploadId} was already published as version ${record.published_version}.`,
    );
  }
  if (!p) {
    throw new ApiError(
      410,
      'upload_expired',
      `The preview of upload ${uploadId} is no longer kept (previews last one hour; on the embedded database a server restart also clears them). Upload the file again, then publish the new preview.`,
    );
  }
  if (p.unreadableFrom !== undefined) {
    throw new ApiError(
      422,
      'unreadable_file',
      `The file of upload ${uploadId} could not be read from row ${p.unreadableFrom} on (see its errors), so it cannot be published: every published point it did not reach would be removed. Fix the file and upload it again.`,
    );
  }
  if (p.summary.rows > 0 && p.summary.valid === 0) {
    throw new ApiError(
      422,
      'nothing_to_publish',
      `None of the ${p.summary.rows} rows is valid, so there is nothing to publish. Fix the errors listed in the preview and upload again.`,
    );
  }
  if (p.suspicious.length > 0 && !opts.confirm) {
    throw new ApiError(
      409,
      'confirmation_required',
      `This upload has ${p.suspicious.length} suspicious change(s): ${p.suspicious.map((s) => s.message).join(' ')} Review them, then publish again with ?confirm=true.`,
      p.suspicious,
    );
  }
  const version = await publishPreview(ctx, p, opts.tokenId);
  await ctx.store.markUploadPublished(uploadId, version.version);
  ctx.previews.delete(uploadId);
  return version;
}

/** The preview's changes as GeoJSON for the portal's map: added and changed at their new place, removed at their old. */
export function diffFeatures(p: Preview) {
  const added = new Set(p.diff.added);
  const changed = new Map(p.diff.changed.map((c) => [c.id, c]));
  const removed = new Set(p.diff.removed);
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...p.points.flatMap((pt) => {
        const c = changed.get(pt.id);
        if (added.has(pt.id)) return [toFeature(pt, { change: 'added' })];
        return c ? [toFeature(pt, { change: 'changed', fields: c.fields, moved_m: c.moved_m })] : [];
      }),
      ...p.before.filter((pt) => removed.has(pt.id)).map((pt) => toFeature(pt, { change: 'removed' })),
    ],
  };
}
