import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/open-store.ts';
import { StaleBaseError, type Store } from '../../server/store/store.ts';
import { makePoint } from '../helpers/points.ts';
import { freshPostgresDatabase, postgresSkipReason } from '../helpers/postgres.ts';

/** The one contract both stores must keep. */
function contract(name: string, open: () => Promise<Store | undefined>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      const s = await open();
      if (!s) throw new Error('store unavailable');
      store = s;
    });
    afterAll(() => store?.close());

    const meta = { publishedBy: 'test', fileName: 'f.csv', fileHash: 'h', summary: { rows: 2 } };

    it('starts empty', async () => {
      expect(await store.publishedPoints()).toEqual([]);
      expect(await store.publishedVersion('on')).toBeNull();
    });

    it('publishes version 1, then version 2 replacing the set', async () => {
      const v1 = await store.publish({
        jurisdiction: 'on',
        points: [makePoint('on', 'a'), makePoint('on', 'b')],
        baseVersion: null,
        ...meta,
      });
      expect(v1.version).toBe(1);
      const v2 = await store.publish({
        jurisdiction: 'on',
        points: [makePoint('on', 'b', { name_en: 'B2' }), makePoint('on', 'c')],
        baseVersion: 1,
        ...meta,
      });
      expect(v2).toMatchObject({
        version: 2,
        published_by: 'test',
        file_name: 'f.csv',
        summary: { rows: 2 },
      });
      const published = await store.publishedPoints();
      expect(published.map((p) => p.id)).toEqual(['on:b', 'on:c']);
      expect(published[0]?.name_en).toBe('B2');
      expect(published[0]).toEqual(makePoint('on', 'b', { name_en: 'B2' }));
    });

    it('keeps every version and restores an earlier one as a new version', async () => {
      const restored = await store.restore('on', 1, 'tester');
      expect(restored).toMatchObject({ version: 3, restored_from: 1, published_by: 'tester' });
      expect((await store.publishedPoints()).map((p) => p.id)).toEqual(['on:a', 'on:b']);
      expect((await store.versions('on')).map((v) => v.version)).toEqual([3, 2, 1]);
      expect((await store.versionPoints('on', 2)).map((p) => p.id)).toEqual(['on:b', 'on:c']);
    });

    it('refuses a publish whose base is stale, changing nothing', async () => {
      await expect(
        store.publish({ jurisdiction: 'on', points: [], baseVersion: 1, ...meta }),
      ).rejects.toBeInstanceOf(StaleBaseError);
      expect(await store.publishedVersion('on')).toBe(3);
      expect((await store.versions('on')).length).toBe(3);
    });

    it('rolls back a publish that fails half-way: the previous set stays whole', async () => {
      const bad = makePoint('on', 'x', { lat: Number.NaN }); // NaN becomes JSON null: violates NOT NULL on insert
      const many = Array.from({ length: 6000 }, (_, i) => makePoint('on', `ok-${i}`));
      await expect(
        store.publish({ jurisdiction: 'on', points: [...many, bad], baseVersion: 3, ...meta }),
      ).rejects.toThrow();
      expect(await store.publishedVersion('on')).toBe(3);
      expect((await store.publishedPoints()).map((p) => p.id)).toEqual(['on:a', 'on:b']);
      expect((await store.versions('on')).length).toBe(3);
    });

    it('never touches another jurisdiction', async () => {
      await store.publish({ jurisdiction: 'qc', points: [makePoint('qc', 'a')], baseVersion: null, ...meta });
      await store.publish({ jurisdiction: 'qc', points: [], baseVersion: 1, ...meta });
      expect((await store.publishedPoints()).map((p) => p.id)).toEqual(['on:a', 'on:b']);
      expect(await store.publishedVersion('on')).toBe(3);
    });

    it('keeps the rows of unchanged points, and every version still reads back exactly', async () => {
      const v1 = [makePoint('nb', 'a'), makePoint('nb', 'b'), makePoint('nb', 'c')];
      await store.publish({ jurisdiction: 'nb', points: v1, baseVersion: null, ...meta });
      const v2 = [makePoint('nb', 'a'), makePoint('nb', 'b', { status: 'closed' }), makePoint('nb', 'd')];
      await store.publish({
        jurisdiction: 'nb',
        points: v2,
        baseVersion: 1,
        unchanged: new Set(['a']),
        ...meta,
      });
      const v3 = [makePoint('nb', 'a'), makePoint('nb', 'b', { status: 'closed' })];
      await store.publish({
        jurisdiction: 'nb',
        points: v3,
        baseVersion: 2,
        unchanged: new Set(['a', 'b']),
        ...meta,
      });
      expect(await store.versionPoints('nb', 1)).toEqual(v1);
      expect(await store.versionPoints('nb', 2)).toEqual(v2);
      expect(await store.versionPoints('nb', 3)).toEqual(v3);
      expect((await store.publishedPoints()).filter((p) => p.jurisdiction === 'nb')).toEqual(v3);
      // Restoring version 2 brings back d, and the restored points carry the restore's time.
      const r = await store.restore('nb', 2, 'tester');
      const restored = await store.versionPoints('nb', r.version);
      expect(restored.map((p) => ({ ...p, modified_at: '' }))).toEqual(v2);
      expect(new Set(restored.map((p) => p.modified_at))).toEqual(new Set([r.published_at]));
      expect(await store.versionPoints('nb', 3)).toEqual(v3);
    });

    it('stores text with COPY-special and non-ASCII characters exactly as given', async () => {
      const odd = makePoint('nu', 'tab\there', {
        name_en: 'Back\\slash \\N, "quoted", tab\tand\nnewline\r\nend',
        name_fr: 'Montréal — ᐃᓄᒃᑎᑐᑦ, 🍁 \\\\ \u0001',
        address: '\\.',
        hours: 'Mo-Fr 09:00-17:00',
      });
      await store.publish({ jurisdiction: 'nu', points: [odd], baseVersion: null, ...meta });
      expect((await store.publishedPoints()).filter((p) => p.jurisdiction === 'nu')).toEqual([odd]);
    });

    it('keeps unchanged points whatever characters their ids hold', async () => {
      const odd = [makePoint('pe', 'a'), makePoint('pe', 'x\u001fy'), makePoint('pe', 'q"\\{},')];
      await store.publish({ jurisdiction: 'pe', points: odd, baseVersion: null, ...meta });
      for (const keep of [
        ['a', 'q"\\{},'],
        ['a', 'x\u001fy', 'q"\\{},'],
      ]) {
        const base = await store.publishedVersion('pe');
        await store.publish({
          jurisdiction: 'pe',
          points: odd,
          baseVersion: base,
          unchanged: new Set(keep),
          ...meta,
        });
        expect((await store.publishedPoints()).filter((p) => p.jurisdiction === 'pe')).toEqual(
          [...odd].sort((x, y) => (x.source_id < y.source_id ? -1 : 1)),
        );
      }
    });

    it('refuses an `unchanged` list that does not match the published set, changing nothing', async () => {
      const base = await store.publishedVersion('nb');
      const before = await store.publishedPoints();
      await expect(
        store.publish({
          jurisdiction: 'nb',
          points: [makePoint('nb', 'zz')],
          baseVersion: base,
          unchanged: new Set(['zz']),
          ...meta,
        }),
      ).rejects.toThrow(/expected 1 published points/);
      expect(await store.publishedVersion('nb')).toBe(base);
      expect(await store.publishedPoints()).toEqual(before);
    });

    it('refuses a set that holds a source id twice, changing nothing', async () => {
      const base = await store.publishedVersion('nb');
      const before = await store.publishedPoints();
      await expect(
        store.publish({
          jurisdiction: 'nb',
          points: [makePoint('nb', 'twice'), makePoint('nb', 'twice', { name_en: 'Other' })],
          baseVersion: base,
          ...meta,
        }),
      ).rejects.toThrow(/duplicate key/);
      expect(await store.publishedVersion('nb')).toBe(base);
      expect(await store.publishedPoints()).toEqual(before);
    });

    it('serialises concurrent publishes of one jurisdiction: one wins, the other is stale', async () => {
      const base = await store.publishedVersion('on');
      const results = await Promise.allSettled([
        store.publish({ jurisdiction: 'on', points: [makePoint('on', 'p')], baseVersion: base, ...meta }),
        store.publish({ jurisdiction: 'on', points: [makePoint('on', 'q')], baseVersion: base, ...meta }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected');
      expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(StaleBaseError);
    });
  });
}

contract('PGlite (embedded)', () => openStore({}));

const reason = postgresSkipReason();
if (reason) describe.skip(`store contract: PostgreSQL — skipped: ${reason}`, () => {});
else
  contract('PostgreSQL', async () => {
    const url = await freshPostgresDatabase();
    return url ? openStore({ databaseUrl: url }) : undefined;
  });
