import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointFeature } from '../../server/core/geojson.ts';
import { type Follower, followPublishes } from '../../server/services/follow-publishes.ts';
import { type Instance, postgresSkipReason, twoInstances } from '../helpers/postgres.ts';
import { fixture, tokenFor } from '../helpers/uploads.ts';

/**
 * Two server instances on one PostgreSQL database (two contexts, two pools, as two processes would have): what one
 * publishes, the other serves once its follower has looked, without a restart.
 */
const reason = postgresSkipReason();
if (reason) describe.skip(`publishes of other processes (PostgreSQL — skipped: ${reason})`, () => {});
else
  describe('publishes of other processes, on PostgreSQL', () => {
    let a: Instance;
    let b: Instance;
    let follower: Follower;
    let token: string;
    beforeAll(async () => {
      ({ a, b } = await twoInstances());
      token = await tokenFor(a.ctx, 'on');
      follower = followPublishes(b.ctx, { intervalMs: 50 });
    });
    afterAll(async () => {
      follower?.stop();
      await a?.ctx.store.close();
      await b?.ctx.store.close();
    });

    const served = async (app: Instance['app']) => {
      const res = await app.request('/api/v1/points?jurisdiction=on');
      const ids = ((await res.json()) as { features: PointFeature[] }).features.map((f) => f.properties.id);
      return { ids: ids.sort(), etag: res.headers.get('etag') };
    };
    const post = async (path: string, body?: Uint8Array<ArrayBuffer>) => {
      const res = await a.app.request(`/api/v1/jurisdictions/on/${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
        body,
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return (await res.json()) as { id: string; version: number };
    };
    const until = async (what: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await what()); i++) await new Promise((r) => setTimeout(r, 50));
      return what();
    };

    const [header = '', ...rows] = new TextDecoder().decode(fixture('good-ottawa.csv')).trim().split('\n');
    const all = rows.map((r) => `on:${r.split(',')[0]}`).sort();

    it('serves a publish made through the other instance, and a restore after it', async () => {
      expect(all.length).toBeGreaterThan(1);
      const before = await served(b.app);
      expect(before.ids).toEqual([]);
      const upload = await post('uploads?file_name=ottawa.csv', fixture('good-ottawa.csv'));
      const v1 = await post(`uploads/${upload.id}/publish`);
      expect((await served(a.app)).ids).toEqual(all);
      expect(await until(async () => (await served(b.app)).ids.length === all.length)).toBe(true);
      const after = await served(b.app);
      expect(after.ids).toEqual(all);
      expect(after.etag).not.toBe(before.etag);
      expect(b.ctx.index.published('on')).toMatchObject({ version: v1.version, validated: false });

      // Version 2 keeps one office (a removal of most points: confirmed), then version 1 comes back.
      const one = await post(
        'uploads?file_name=one.csv',
        new TextEncoder().encode(`${header}\n${rows[0]}\n`),
      );
      await post(`uploads/${one.id}/publish?confirm=true`);
      expect(await until(async () => (await served(b.app)).ids.length === 1)).toBe(true);
      await post(`versions/${v1.version}/restore`);
      expect(await until(async () => b.ctx.index.published('on')?.version === v1.version + 2)).toBe(true);
      expect((await served(b.app)).ids).toEqual(all);
    });

    it('reads nothing back when nothing was published elsewhere', async () => {
      follower.stop();
      expect(await follower.check()).toEqual([]);
    });
  });
