import { PGlite } from '@electric-sql/pglite';
import type { Db } from './sql.ts';

/** The embedded database: PostgreSQL in WASM, persisted in `dataDir` (or in memory when `dataDir` is undefined). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    query: async (text, params) => (await pg.query(text, params)).rows as never[],
    exec: async (text) => {
      await pg.exec(text);
    },
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({ query: async (text, params) => (await tx.query(text, params)).rows as never[] }),
      ),
    close: () => pg.close(),
  };
}
