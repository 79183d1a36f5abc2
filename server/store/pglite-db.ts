import { PGlite } from '@electric-sql/pglite';
import type { Db, Sql } from './sql.ts';

function asSql(q: Pick<PGlite, 'query'>): Sql {
  return {
    query: async (text, params) => (await q.query(text, params)).rows as never[],
    // COPY from an in-memory blob: the fastest bulk load PGlite has (no SQL parsing per row). The Blob takes the
    // chunks as parts, so the text is never joined into one string on our side.
    copy: async (table, columns, chunks) => {
      await q.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], {
        blob: new Blob([...chunks]),
      });
    },
  };
}

/** The embedded database: PostgreSQL in WASM, persisted in `dataDir` (or in memory when `dataDir` is undefined). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    ...asSql(pg),
    exec: async (text) => {
      await pg.exec(text);
    },
    transaction: (fn) => pg.transaction((tx) => fn(asSql(tx))),
    close: () => pg.close(),
  };
}
