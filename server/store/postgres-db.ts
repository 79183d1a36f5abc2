import pg from 'pg';
import type { Db } from './sql.ts';

/** A PostgreSQL server through a `pg` pool (DATABASE_URL). */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // Fail at start-up with the server's own message rather than on the first request.
  await pool.query('select 1');
  return {
    query: async (text, params) => (await pool.query(text, params)).rows,
    exec: async (text) => {
      await pool.query(text);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: async (text, params) => (await client.query(text, params)).rows });
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
