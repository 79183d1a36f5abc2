import { jsonb } from './jsonb.ts';
import type { Sql } from './sql.ts';
import type { AdminStore, TokenRecord, UploadRecord } from './store.ts';

type Row = Record<string, unknown>;
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

const toToken = (r: Row): TokenRecord => ({
  id: String(r.id),
  jurisdiction: String(r.jurisdiction),
  label: String(r.label),
  created_at: iso(r.created_at) ?? '',
  revoked_at: iso(r.revoked_at),
});

const toUpload = (r: Row): UploadRecord => ({
  ...(r as unknown as UploadRecord),
  created_at: iso(r.created_at) ?? '',
});

/**
 * Tokens, uploads and column mappings over any SQL driver. `keepsFiles`: whether uploads' files are kept for other
 * processes (PostgreSQL). The embedded database is one process's own (its data directory is locked), so a preview
 * there can only be lost to a restart; and a 27 MB `bytea` parameter takes ~8 s through PGlite's WASM, against
 * ~0.1 s on PostgreSQL (measured), which would be most of an upload's time.
 */
export function sqlAdmin(db: Sql, keepsFiles: boolean): AdminStore {
  const dropFile = async (id: string) => {
    if (keepsFiles) await db.query('delete from upload_files where upload_id = $1', [id]);
  };
  return {
    async createToken(t) {
      const rows = await db.query(
        'insert into tokens (id, jurisdiction, secret_hash, label) values ($1, $2, $3, $4) returning *',
        [t.id, t.jurisdiction, t.secretHash, t.label],
      );
      return toToken(rows[0] as Row);
    },
    async findToken(id) {
      const r = (await db.query('select * from tokens where id = $1', [id]))[0];
      return r ? { ...toToken(r), secret_hash: String(r.secret_hash) } : undefined;
    },
    async listTokens() {
      return (await db.query('select * from tokens order by jurisdiction, created_at')).map(toToken);
    },
    async revokeToken(id) {
      const rows = await db.query(
        'update tokens set revoked_at = now() where id = $1 and revoked_at is null returning id',
        [id],
      );
      return rows.length > 0;
    },
    async saveUpload(u) {
      const rows = await db.query(
        `insert into uploads (id, jurisdiction, base_version, token_id, file_name, file_hash, summary, errors)
         values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb) returning *`,
        [
          u.id,
          u.jurisdiction,
          u.base_version,
          u.token_id,
          u.file_name,
          u.file_hash,
          jsonb(u.summary),
          jsonb(u.errors),
        ],
      );
      return toUpload(rows[0] as Row);
    },
    async getUpload(id) {
      const r = (await db.query('select * from uploads where id = $1', [id]))[0];
      return r ? toUpload(r) : undefined;
    },
    async markUploadPublished(id, version) {
      await db.query('update uploads set published_version = $2 where id = $1', [id, version]);
      await dropFile(id);
    },
    dropUploadFile: dropFile,
    async keepUploadFile(id, file, maxAgeMs) {
      if (!keepsFiles) return false;
      await db.query(`delete from upload_files where created_at < now() - $1::float8 * interval '1 ms'`, [
        maxAgeMs,
      ]);
      await db.query(
        'insert into upload_files (upload_id, file, mapping, lang) values ($1, $2, $3::jsonb, $4)',
        [
          id,
          Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
          file.mapping ? jsonb(file.mapping) : null,
          file.lang,
        ],
      );
      return true;
    },
    async uploadFile(id) {
      if (!keepsFiles) return undefined;
      const r = (
        await db.query<{ file: Uint8Array; mapping: Record<string, string> | null; lang: string }>(
          'select file, mapping, lang from upload_files where upload_id = $1',
          [id],
        )
      )[0];
      return r
        ? { bytes: r.file, mapping: r.mapping ?? undefined, lang: r.lang === 'fr' ? 'fr' : 'en' }
        : undefined;
    },
    async getMapping(jurisdiction) {
      const r = (
        await db.query<{ mapping: Record<string, string> }>(
          'select mapping from column_mappings where jurisdiction = $1',
          [jurisdiction],
        )
      )[0];
      return r?.mapping;
    },
    async setMapping(jurisdiction, mapping) {
      await db.query(
        `insert into column_mappings (jurisdiction, mapping) values ($1, $2::jsonb)
         on conflict (jurisdiction) do update set mapping = excluded.mapping, updated_at = now()`,
        [jurisdiction, jsonb(mapping)],
      );
    },
  };
}
