import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './postgres-db.ts';
import { SqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

export interface StoreOptions {
  /** PostgreSQL connection string; when set, the embedded database is not used. */
  databaseUrl?: string;
  /** Directory of the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string;
  /** Who holds the embedded database, for the message another process gets. */
  role?: string;
  url?: string;
}

/** Opens (and migrates) the store the configuration asks for. */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const db = await openPostgres(options.databaseUrl);
    await migrate(db);
    return new SqlStore('postgres', db);
  }
  const release = options.dataDir
    ? lockDataDir(options.dataDir, options.role ?? 'process', options.url)
    : () => {};
  try {
    const db = await openPglite(options.dataDir ? join(options.dataDir, 'pglite') : undefined);
    await migrate(db);
    return new SqlStore('pglite', db, release);
  } catch (e) {
    release();
    throw e;
  }
}
