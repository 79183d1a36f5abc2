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

/** Tokens, uploads and column mappings over any SQL driver. */
export function sqlAdmin(db: Sql): AdminStore {
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
          JSON.stringify(u.summary),
          JSON.stringify(u.errors),
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
        [jurisdiction, JSON.stringify(mapping)],
      );
    },
  };
}
