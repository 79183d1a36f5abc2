import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Raised when another live process holds the embedded database. */
export class DataDirBusyError extends Error {
  constructor(
    readonly holder: { pid: number; role: string; url?: string },
    dataDir: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.role}${holder.url ? ` at ${holder.url}` : ''}). ` +
        'The embedded database admits one process at a time: stop that process first, or use the HTTP API of the running server ' +
        '(POST /api/v1/jurisdictions/{id}/uploads with an upload token), or set DATABASE_URL to use PostgreSQL.',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the single-process lock of an embedded data directory. A lock left by a dead process (a crash, a
 * kill -9) is taken over. Returns a release function.
 */
export function lockDataDir(dataDir: string, role: string, url?: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'process.lock');
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; role: string; url?: string };
    if (holder.pid !== process.pid && alive(holder.pid)) throw new DataDirBusyError(holder, dataDir);
  } catch (e) {
    if (e instanceof DataDirBusyError) throw e;
    // No lock file, or an unreadable one: nobody holds the directory.
  }
  writeFileSync(file, JSON.stringify({ pid: process.pid, role, url }));
  return () => rmSync(file, { force: true });
}
