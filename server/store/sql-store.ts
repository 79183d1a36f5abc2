import type { ServicePoint } from '../core/schemas.ts';
import { copyTuples } from './copy-binary.ts';
import { jsonb } from './jsonb.ts';
import { decodePoint, type PointRow } from './point-codec.ts';
import type { Db, Sql } from './sql.ts';
import { sqlAdmin } from './sql-admin.ts';
import {
  type AdminStore,
  NotFoundError,
  type PublishInput,
  StaleBaseError,
  type Store,
  type VersionInfo,
} from './store.ts';

interface VersionRow {
  jurisdiction: string;
  version: number;
  published_at: Date | string;
  published_by: string;
  file_name: string;
  file_hash: string;
  summary: Record<string, unknown>;
  restored_from: number | null;
}

const toInfo = (r: VersionRow): VersionInfo => ({
  ...r,
  published_at: new Date(r.published_at).toISOString(),
});

/** The Store over any PostgreSQL-speaking driver. */
export class SqlStore implements Store {
  private readonly admin: AdminStore;

  constructor(
    readonly kind: 'pglite' | 'postgres',
    private readonly db: Db,
    /** Runs after the database is closed (releases the embedded data directory's lock). */
    private readonly afterClose: () => void = () => {},
  ) {
    this.admin = sqlAdmin(db, kind === 'postgres');
  }

  createToken: AdminStore['createToken'] = (t) => this.admin.createToken(t);
  findToken: AdminStore['findToken'] = (id) => this.admin.findToken(id);
  listTokens: AdminStore['listTokens'] = () => this.admin.listTokens();
  revokeToken: AdminStore['revokeToken'] = (id) => this.admin.revokeToken(id);
  saveUpload: AdminStore['saveUpload'] = (u) => this.admin.saveUpload(u);
  getUpload: AdminStore['getUpload'] = (id) => this.admin.getUpload(id);
  markUploadPublished: AdminStore['markUploadPublished'] = (id, v) => this.admin.markUploadPublished(id, v);
  keepUploadFile: AdminStore['keepUploadFile'] = (id, f, age) => this.admin.keepUploadFile(id, f, age);
  uploadFile: AdminStore['uploadFile'] = (id) => this.admin.uploadFile(id);
  dropUploadFile: AdminStore['dropUploadFile'] = (id) => this.admin.dropUploadFile(id);
  getMapping: AdminStore['getMapping'] = (j) => this.admin.getMapping(j);
  setMapping: AdminStore['setMapping'] = (j, m) => this.admin.setMapping(j, m);

  async publishedPoints(): Promise<ServicePoint[]> {
    const rows = await this.db.query<PointRow>(
      'select jurisdiction, source_id, lat, lon, data from points order by jurisdiction, source_id',
    );
    return rows.map(decodePoint);
  }

  async publishedVersions(): Promise<Map<string, { version: number; published_at: string }>> {
    const rows = await this.db.query<{ jurisdiction: string; version: number; published_at: string | Date }>(
      `select p.jurisdiction, p.version, v.published_at from published p
       join versions v on v.jurisdiction = p.jurisdiction and v.version = p.version`,
    );
    return new Map(
      rows.map((r) => [
        r.jurisdiction,
        { version: r.version, published_at: new Date(r.published_at).toISOString() },
      ]),
    );
  }

  async publishedVersion(jurisdiction: string): Promise<number | null> {
    return currentVersion(this.db, jurisdiction);
  }

  async versionPoints(jurisdiction: string, version: number): Promise<ServicePoint[]> {
    return this.versionPointsIn(this.db, jurisdiction, version);
  }

  private async versionPointsIn(sql: Sql, jurisdiction: string, version: number): Promise<ServicePoint[]> {
    // Migration 006: the published rows, and the replaced ones whose time range holds `version`.
    const rows = await sql.query<PointRow>(
      `select jurisdiction, source_id, lat, lon, data from points where jurisdiction = $1 and from_version <= $2
       union all
       select jurisdiction, source_id, lat, lon, data from points_history
       where jurisdiction = $1 and from_version <= $2 and to_version > $2
       order by source_id`,
      [jurisdiction, version],
    );
    return rows.map(decodePoint);
  }

  async publish(input: PublishInput): Promise<VersionInfo> {
    let ended = 0;
    const info = await this.db.transaction(async (tx) => {
      await lockJurisdiction(tx, input.jurisdiction);
      const actual = await currentVersion(tx, input.jurisdiction);
      if (actual !== input.baseVersion) throw new StaleBaseError(input.baseVersion, actual);
      const info = await insertVersion(tx, input.jurisdiction, {
        published_by: input.publishedBy,
        file_name: input.fileName,
        file_hash: input.fileHash,
        summary: input.summary,
        restored_from: null,
      });
      const kept = input.unchanged ?? new Set<string>();
      ended = await closeRows(tx, input.jurisdiction, info.version, [...kept]);
      const written = input.points.filter((p) => !kept.has(p.source_id));
      await insertPoints(tx, input.jurisdiction, info.version, written, input.whileWriting);
      // With nothing kept every published row was just written, one per point (the primary key of the published
      // rows refuses a source id twice): there is nothing left to count.
      if (kept.size > 0) await checkPublishedCount(tx, input.jurisdiction, input.points.length);
      await setPublished(tx, input.jurisdiction, info.version);
      return info;
    });
    await this.vacuumAfter(ended);
    return info;
  }

  async restore(jurisdiction: string, version: number, by: string): Promise<VersionInfo> {
    let ended = 0;
    const info = await this.db.transaction(async (tx) => {
      await lockJurisdiction(tx, jurisdiction);
      const source = await tx.query<VersionRow>(
        'select * from versions where jurisdiction = $1 and version = $2',
        [jurisdiction, version],
      );
      const from = source[0];
      if (!from) throw new NotFoundError(`Jurisdiction ${jurisdiction} has no version ${version}.`);
      const points = await this.versionPointsIn(tx, jurisdiction, version);
      const info = await insertVersion(tx, jurisdiction, {
        published_by: by,
        file_name: from.file_name,
        file_hash: from.file_hash,
        summary: { ...from.summary, restored_from: version },
        restored_from: version,
      });
      // A restore changes what the public sees, so every restored point counts as modified for incremental sync:
      // every row is written again with the restore's time.
      for (const p of points) p.modified_at = info.published_at;
      ended = await closeRows(tx, jurisdiction, info.version, []);
      await insertPoints(tx, jurisdiction, info.version, points);
      await setPublished(tx, jurisdiction, info.version);
      return info;
    });
    await this.vacuumAfter(ended);
    return info;
  }

  /** Rows deleted from `points` (moved to the history) since this process last vacuumed it. */
  private endedSinceVacuum = 0;

  /**
   * Vacuums `points` once the rows deleted from it since the last vacuum pass autovacuum's own default threshold
   * (50 + 20 % of the table). The embedded database never autovacuums (PGlite runs PostgreSQL in single-user mode,
   * without the autovacuum launcher): its `points` would keep every row a publish ever replaced, and each bulk
   * load would check its new keys against the dead ones (a 100k first publish's COPY 1.06 s after a vacuum,
   * 1.12-1.47 s growing over three replacements without, measured). PostgreSQL's autovacuum comes within a minute;
   * vacuuming at once spares the next publish's `delete` a walk over the dead rows (25-125 ms over 91k of them,
   * 3 ms after a vacuum). After the commit: the publish stands whatever happens here, so a failure is a warning.
   */
  private async vacuumAfter(ended: number): Promise<void> {
    this.endedSinceVacuum += ended;
    if (this.endedSinceVacuum <= 50) return;
    try {
      const [table] = await this.db.query<{ rows: number }>(
        `select reltuples::float8 as rows from pg_class where oid = 'points'::regclass`,
      );
      if (this.endedSinceVacuum <= 50 + 0.2 * Math.max(0, table?.rows ?? 0)) return;
      await this.db.exec('vacuum points');
      this.endedSinceVacuum = 0;
    } catch (e) {
      process.emitWarning(`vacuum of points after a publish failed: ${(e as Error).message}`);
    }
  }

  async versions(jurisdiction: string): Promise<VersionInfo[]> {
    const rows = await this.db.query<VersionRow>(
      'select * from versions where jurisdiction = $1 order by version desc',
      [jurisdiction],
    );
    return rows.map(toInfo);
  }

  async close(): Promise<void> {
    await this.db.close();
    this.afterClose();
  }
}

/** Code-unit order: the byte order of the keys' btree (migration 008) for every id below U+E000. */
const bySourceId = (a: ServicePoint, b: ServicePoint) =>
  a.source_id < b.source_id ? -1 : a.source_id > b.source_id ? 1 : 0;

/**
 * Loads a version's points with COPY, in source-id order: the primary key's btree then grows at its right edge
 * instead of splitting pages all over (measured on PGlite: 0.8 s → 0.43 s of index upkeep for 91k rows).
 */
async function insertPoints(
  tx: Sql,
  jurisdiction: string,
  version: number,
  points: readonly ServicePoint[],
  whileWriting?: () => void,
): Promise<void> {
  const sorted = [...points].sort(bySourceId);
  await tx.copy(
    'points',
    ['jurisdiction', 'from_version', 'source_id', 'lat', 'lon', 'data'],
    copyTuples(jurisdiction, version, sorted, whileWriting),
  );
}

/** Unit separator: joins the kept ids into one parameter the server splits (no id in practice contains it). */
const SEP = '\u001f';

/**
 * Ends, at `version`, the published rows of a jurisdiction except those of `keep` (source ids that stay as they
 * are): they move to `points_history`, ended at `version`, in one statement. `<> all(array)` is evaluated with a
 * hash table from PostgreSQL 15 on, whatever the plan: keeping 100k ids costs well under 0.1 s. (An anti-join
 * against `unnest()` is planned as a nested loop when statistics are missing: 8 minutes for 85k ids against 91k
 * rows, measured.) The ids travel as one joined string, split by the server: half the time of a `text[]`
 * parameter, whose 85k elements the driver escapes one by one. Returns how many rows it moved.
 */
async function closeRows(
  tx: Sql,
  jurisdiction: string,
  version: number,
  keep: readonly string[],
): Promise<number> {
  const move = async (where: string, params: unknown[]) => {
    const rows = await tx.query<{ n: number }>(
      `with ended as (delete from points where jurisdiction = $1 ${where}
         returning jurisdiction, from_version, source_id, lat, lon, data),
       moved as (insert into points_history (jurisdiction, from_version, to_version, source_id, lat, lon, data)
         select jurisdiction, from_version, $2, source_id, lat, lon, data from ended returning 1)
       select count(*)::int as n from moved`,
      params,
    );
    return rows[0]?.n ?? 0;
  };
  if (keep.length === 0) return move('', [jurisdiction, version]);
  const joinable = keep.every((id) => !id.includes(SEP));
  return move(`and source_id <> all(${joinable ? `string_to_array($3, E'\\x1f')` : '$3::text[]'})`, [
    jurisdiction,
    version,
    joinable ? keep.join(SEP) : keep,
  ]);
}

/** The published set must be exactly what the caller published; anything else (a wrong `unchanged`) rolls back. */
async function checkPublishedCount(tx: Sql, jurisdiction: string, expected: number) {
  const rows = await tx.query<{ n: number | string }>(
    'select count(*) as n from points where jurisdiction = $1',
    [jurisdiction],
  );
  const n = Number(rows[0]?.n ?? 0);
  if (n !== expected) {
    throw new Error(
      `Publishing ${jurisdiction}: expected ${expected} published points, the store would hold ${n}. Nothing was changed.`,
    );
  }
}

/** Serialises publishes of one jurisdiction (PostgreSQL transaction-scoped advisory lock). */
async function lockJurisdiction(tx: Sql, jurisdiction: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [jurisdiction]);
}

async function currentVersion(sql: Sql, jurisdiction: string): Promise<number | null> {
  const rows = await sql.query<{ version: number }>('select version from published where jurisdiction = $1', [
    jurisdiction,
  ]);
  return rows[0]?.version ?? null;
}

async function insertVersion(
  tx: Sql,
  jurisdiction: string,
  v: Pick<VersionInfo, 'published_by' | 'file_name' | 'file_hash' | 'summary' | 'restored_from'>,
): Promise<VersionInfo> {
  const rows = await tx.query<VersionRow>(
    `insert into versions (jurisdiction, version, published_by, file_name, file_hash, summary, restored_from)
     select $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5::jsonb, $6 from versions where jurisdiction = $1
     returning *`,
    [jurisdiction, v.published_by, v.file_name, v.file_hash, jsonb(v.summary), v.restored_from],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into versions returned no row');
  return toInfo(row);
}

async function setPublished(tx: Sql, jurisdiction: string, version: number): Promise<void> {
  await tx.query(
    `insert into published (jurisdiction, version) values ($1, $2)
     on conflict (jurisdiction) do update set version = excluded.version, updated_at = now()`,
    [jurisdiction, version],
  );
}
