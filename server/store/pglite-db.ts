import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER } from './copy-binary.ts';
import type { Db, Sql } from './sql.ts';

const COPY_BLOB_BYTES = 4 << 20;

function asSql(q: Pick<PGlite, 'query'>): Sql {
  return {
    query: async (text, params) => (await q.query(text, params)).rows as never[],
    // COPY from an in-memory blob: the fastest bulk load PGlite has (no SQL parsing per row). One COPY per
    // `COPY_BLOB_BYTES`: the blob is copied into the WASM heap, which never shrinks, so a 100k-row load in
    // one blob would leave ~35 MB more resident for the life of the process.
    copy: async (table, columns, chunks) => {
      const sql = `copy ${table} (${columns.join(', ')}) from '/dev/blob' (format binary)`;
      let parts: Uint8Array<ArrayBuffer>[] = [];
      let size = 0;
      // Each blob is a COPY of its own: framed whole.
      const flush = async () => {
        if (parts.length > 0)
          await q.query(sql, [], { blob: new Blob([COPY_BINARY_HEADER, ...parts, COPY_BINARY_TRAILER]) });
        parts = [];
        size = 0;
      };
      for (const chunk of chunks) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= COPY_BLOB_BYTES) await flush();
      }
      await flush();
    },
  };
}

/**
 * Creates a new data directory in a process of its own. initdb grows PGlite's WASM heap to ~800 MB of RSS, which
 * a process never gives back; reopening the created directory costs ~300 MB (measured). A server started on a
 * fresh DATA_DIR would otherwise carry the difference for as long as it runs.
 */
function initInChild(dataDir: string): void {
  const script = `const { PGlite } = await import(process.argv[1]); await (await PGlite.create(process.argv[2])).close();`;
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, import.meta.resolve('@electric-sql/pglite'), dataDir],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

/**
 * PostgreSQL's default 128 MB of shared buffers live in PGlite's WASM heap, which never shrinks: with 16 MB the
 * process opens ~110 MB smaller and a 91k-row COPY is no slower (the files are the operating system's to cache;
 * measured: RSS after open 326 -> 217 MB, COPY 722 -> 636 ms).
 */
const SETTINGS = ['shared_buffers=16MB'];

/** The embedded database: PostgreSQL in WASM, persisted in `dataDir` (or in memory when `dataDir` is undefined). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir && !existsSync(join(dataDir, 'PG_VERSION'))) initInChild(dataDir);
  const pg = await PGlite.create(dataDir, { postgresqlconf: SETTINGS });
  return {
    ...asSql(pg),
    exec: async (text) => {
      await pg.exec(text);
    },
    transaction: (fn) => pg.transaction((tx) => fn(asSql(tx))),
    close: () => pg.close(),
  };
}
