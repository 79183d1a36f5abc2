import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/open-store.ts';
import { ROOT } from '../helpers/context.ts';
import { makePoint } from '../helpers/points.ts';

const MIGRATIONS = join(ROOT, 'server', 'store', 'migrations');

describe('migration 005 (points kept once per change)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcsm-migrate-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every version of a database written before it, exactly', async () => {
    // A database as the store left it before 005: one row per point per version, keyed JSON in a jsonb column.
    const old = await PGlite.create(join(dataDir, 'pglite'));
    await old.exec(
      'create table migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    for (const file of readdirSync(MIGRATIONS)
      .sort()
      .filter((f) => f < '005')) {
      await old.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
      await old.query('insert into migrations (name) values ($1)', [file]);
    }
    const keyed = (name: string) => JSON.stringify({ level: 'provincial', name_en: name, city: 'Ottawa' });
    await old.exec(`
      insert into versions (jurisdiction, version, published_by) values ('on', 1, 't'), ('on', 2, 't'), ('qc', 1, 't');
      insert into points (jurisdiction, version, source_id, lat, lon, data) values
        ('on', 1, 'a', 45.4, -75.7, '${keyed('A')}'), ('on', 1, 'b', 45.5, -75.6, '${keyed('B')}'),
        ('on', 2, 'b', 45.5, -75.6, '${keyed('B2')}'),
        ('qc', 1, 'x', 46.8, -71.2, '${keyed('X')}');
      insert into published (jurisdiction, version) values ('on', 2), ('qc', 1);
    `);
    await old.close();

    const store = await openStore({ dataDir });
    try {
      const names = async (j: string, v: number) =>
        (await store.versionPoints(j, v)).map((p) => [p.source_id, p.name_en, p.city, p.level]);
      expect(await names('on', 1)).toEqual([
        ['a', 'A', 'Ottawa', 'provincial'],
        ['b', 'B', 'Ottawa', 'provincial'],
      ]);
      expect(await names('on', 2)).toEqual([['b', 'B2', 'Ottawa', 'provincial']]);
      expect((await store.publishedPoints()).map((p) => p.id)).toEqual(['on:b', 'qc:x']);
      // And the migrated store publishes and restores like a new one.
      await store.publish({
        jurisdiction: 'on',
        points: [makePoint('on', 'c')],
        baseVersion: 2,
        publishedBy: 't',
        fileName: 'f',
        fileHash: 'h',
        summary: {},
      });
      await store.restore('on', 1, 't');
      expect((await store.publishedPoints()).map((p) => p.id)).toEqual(['on:a', 'on:b', 'qc:x']);
      expect(await names('on', 3)).toEqual([['c', 'Office c', 'Ottawa', 'provincial']]);
    } finally {
      await store.close();
    }
  });
});
