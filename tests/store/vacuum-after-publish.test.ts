import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/store/migrate.ts';
import { openPglite } from '../../server/store/pglite-db.ts';
import { openPostgres } from '../../server/store/postgres-db.ts';
import type { Db } from '../../server/store/sql.ts';
import { SqlStore } from '../../server/store/sql-store.ts';
import { makePoint } from '../helpers/points.ts';
import { freshPostgresDatabase, postgresSkipReason } from '../helpers/postgres.ts';

/**
 * The rows a publish replaces leave `points` (for `points_history`); the dead tuples they leave behind must not pile
 * up. PGlite never autovacuums, so without the store's own vacuum the table grows by a whole set per replacement.
 */
function vacuums(name: string, kind: 'pglite' | 'postgres', openDb: () => Promise<Db | undefined>) {
  describe(`points after whole-set replacements: ${name}`, () => {
    let db: Db | undefined;
    afterAll(() => db?.close());

    it('reuses the space of replaced rows instead of growing with every publish', async () => {
      db = await openDb();
      if (!db) throw new Error('database unavailable');
      await migrate(db);
      const store = new SqlStore(kind, db);
      const set = (round: number) => Array.from({ length: 400 }, (_, i) => makePoint('on', `r${round}-${i}`));
      const size = async () =>
        Number((await db?.query<{ n: string }>(`select pg_relation_size('points')::text as n`))?.[0]?.n);
      let base: number | null = null;
      const sizes: number[] = [];
      for (let round = 0; round < 7; round++) {
        const v = await store.publish({
          jurisdiction: 'on',
          points: set(round),
          baseVersion: base,
          publishedBy: 't',
          fileName: 'f.csv',
          fileHash: 'h',
          summary: {},
        });
        base = v.version;
        sizes.push(await size());
      }
      // Every round's 400 rows replace the last round's 400. Without a vacuum each round adds a set's pages.
      const [, second = 0] = sizes;
      expect(sizes.at(-1), `sizes per round: ${sizes.join(', ')}`).toBeLessThanOrEqual(second);
      expect((await store.publishedPoints()).map((p) => p.source_id)).toEqual(
        set(6)
          .map((p) => p.source_id)
          .sort(),
      );
      expect((await store.versionPoints('on', 1)).length).toBe(400);
    });
  });
}

vacuums('PGlite', 'pglite', () => openPglite(undefined));

const reason = postgresSkipReason();
if (reason) describe.skip(`points after whole-set replacements: PostgreSQL (${reason})`, () => {});
else
  vacuums('PostgreSQL', 'postgres', async () => {
    const url = await freshPostgresDatabase();
    return url ? openPostgres(url) : undefined;
  });
