import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './sql.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

/** Applies the plain SQL files of migrations/ in name order, each once, each in its own transaction. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(
    'create table if not exists migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const done = new Set((await db.query<{ name: string }>('select name from migrations')).map((r) => r.name));
  const applied: string[] = [];
  for (const file of readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    if (done.has(file)) continue;
    const text = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
    await db.transaction(async (tx) => {
      // Statements are split on ";" at line ends so the same file runs on drivers without multi-statement queries.
      for (const statement of text
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter((s) => s.replace(/--.*$/gm, '').trim())) {
        await tx.query(statement);
      }
      await tx.query('insert into migrations (name) values ($1)', [file]);
    });
    applied.push(file);
  }
  return applied;
}
