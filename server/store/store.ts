import type { Lang } from '../core/issue-text/catalogue.ts';
import type { ServicePoint } from '../core/schemas.ts';

/** What a version records about the publish that made it. */
export interface VersionInfo {
  jurisdiction: string;
  version: number;
  published_at: string;
  published_by: string;
  file_name: string;
  file_hash: string;
  summary: Record<string, unknown>;
  restored_from: number | null;
}

export interface PublishInput {
  jurisdiction: string;
  points: ServicePoint[];
  /** The published version the caller's diff was made against (null: none yet). Mismatch → StaleBaseError. */
  baseVersion: number | null;
  /**
   * Source ids of `points` whose point is identical, every stored field, to the base version's: their rows are
   * kept as they are instead of written again. Optional (without it every point is written); the store checks
   * that the published set ends up with exactly `points.length` points.
   */
  unchanged?: ReadonlySet<string>;
  publishedBy: string;
  fileName: string;
  fileHash: string;
  summary: Record<string, unknown>;
  /**
   * Called once every point has been handed to the database, before the commit: work that can run while the
   * database finishes writing them (the caller's next spatial index), instead of after.
   */
  whileWriting?: () => void;
}

/** Raised when someone else published this jurisdiction since the caller's preview was made. */
export class StaleBaseError extends Error {
  constructor(
    readonly expected: number | null,
    readonly actual: number | null,
  ) {
    super(
      `The preview was made against version ${expected ?? 'none'}, but version ${actual ?? 'none'} is now published.`,
    );
  }
}

export class NotFoundError extends Error {}

/**
 * The system of record. Two implementations share one SQL dialect and the same migrations: the embedded
 * PGlite store (default) and PostgreSQL (DATABASE_URL). Every publish is one transaction.
 */
export interface Store extends AdminStore {
  readonly kind: 'pglite' | 'postgres';
  /** Every published point of every jurisdiction (the public data set). */
  publishedPoints(): Promise<ServicePoint[]>;
  /** The published version of every jurisdiction that has one, and when it was published. */
  publishedVersions(): Promise<Map<string, { version: number; published_at: string }>>;
  /** The published version of a jurisdiction, or null when it has none. */
  publishedVersion(jurisdiction: string): Promise<number | null>;
  /** Points of one version (published or not). */
  versionPoints(jurisdiction: string, version: number): Promise<ServicePoint[]>;
  /** Atomically publishes a new version; readers see the old set or the new one, never a mix. */
  publish(input: PublishInput): Promise<VersionInfo>;
  /** Publishes a copy of an earlier version as a new version. */
  restore(jurisdiction: string, version: number, by: string): Promise<VersionInfo>;
  versions(jurisdiction: string): Promise<VersionInfo[]>;
  close(): Promise<void>;
}

export interface TokenRecord {
  id: string;
  jurisdiction: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

/** What is kept of every upload, published or not (the points themselves live in the preview until publish). */
export interface UploadRecord {
  id: string;
  jurisdiction: string;
  base_version: number | null;
  token_id: string;
  file_name: string;
  file_hash: string;
  summary: Record<string, unknown>;
  errors: unknown[];
  created_at: string;
  published_version: number | null;
}

/** What a preview is rebuilt from. */
export interface UploadFile {
  bytes: Uint8Array;
  mapping: Record<string, string> | undefined;
  lang: Lang;
}

/** Access and audit records: tokens, uploads, saved column mappings. */
export interface AdminStore {
  createToken(t: {
    id: string;
    jurisdiction: string;
    secretHash: string;
    label: string;
  }): Promise<TokenRecord>;
  /** The token row with its secret hash, revoked or not; undefined when no such id. */
  findToken(id: string): Promise<(TokenRecord & { secret_hash: string }) | undefined>;
  listTokens(): Promise<TokenRecord[]>;
  /** True when a live token was revoked. */
  revokeToken(id: string): Promise<boolean>;
  saveUpload(u: Omit<UploadRecord, 'created_at' | 'published_version'>): Promise<UploadRecord>;
  getUpload(id: string): Promise<UploadRecord | undefined>;
  /** Marks the upload published and drops its kept file. */
  markUploadPublished(id: string, version: number): Promise<void>;
  /**
   * Keeps an upload's file (with the mapping and language it was read with) so another process can rebuild its
   * preview; drops the files kept longer than `maxAgeMs`. False when this store keeps no files (the embedded one,
   * see `sqlAdmin`).
   */
  keepUploadFile(id: string, file: UploadFile, maxAgeMs: number): Promise<boolean>;
  /** The kept file of an upload, if it is still kept. */
  uploadFile(id: string): Promise<UploadFile | undefined>;
  /** Drops an upload's kept file (its preview failed, so there is nothing to rebuild). */
  dropUploadFile(id: string): Promise<void>;
  getMapping(jurisdiction: string): Promise<Record<string, string> | undefined>;
  setMapping(jurisdiction: string, mapping: Record<string, string>): Promise<void>;
}
