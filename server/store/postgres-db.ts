import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER } from './copy-binary.ts';
import type { Db, Sql } from './sql.ts';

/** The tuples framed as one binary COPY stream. */
function* framed(chunks: Iterable<Uint8Array>) {
  yield COPY_BINARY_HEADER;
  yield* chunks;
  yield COPY_BINARY_TRAILER;
}

/** `COPY … FROM STDIN` on one client: chunks are written as they are produced, with the stream's backpressure. */
function copyVia(client: pg.PoolClient): Sql['copy'] {
  return async (table, columns, chunks) => {
    await pipeline(
      Readable.from(framed(chunks), { objectMode: false }),
      client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin (format binary)`)),
    );
  };
}

/** A PostgreSQL server through a `pg` pool (DATABASE_URL). */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // Fail at start-up with the server's own message rather than on the first request.
  await pool.query('select 1');
  return {
    query: async (text, params) => (await pool.query(text, params)).rows,
    // COPY needs one connection for its whole stream; outside a transaction, borrow one from the pool.
    copy: async (table, columns, chunks) => {
      const client = await pool.connect();
      try {
        await copyVia(client)(table, columns, chunks);
      } finally {
        client.release();
      }
    },
    exec: async (text) => {
      await pool.query(text);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({
          query: async (text, params) => (await client.query(text, params)).rows,
          copy: copyVia(client),
        });
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
