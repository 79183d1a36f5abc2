import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointFeature } from '../../server/core/geojson.ts';
import { type Instance, postgresSkipReason, twoInstances } from '../helpers/postgres.ts';
import { fixture, tokenFor, type UploadResponse } from '../helpers/uploads.ts';

/**
 * Behind a load balancer without session affinity, the publish of an upload may reach another instance than the
 * one that validated it. On PostgreSQL the upload's file is kept in the store, and any instance rebuilds the
 * preview from it. Two contexts on one database, as two processes would have.
 */
const reason = postgresSkipReason();
if (reason) describe.skip(`uploads across instances (PostgreSQL — skipped: ${reason})`, () => {});
else
  describe('uploads published through another instance, on PostgreSQL', () => {
    let a: Instance;
    let b: Instance;
    let sql: pg.Client;
    let token: string;
    beforeAll(async () => {
      let url: string;
      ({ url, a, b } = await twoInstances());
      sql = new pg.Client(url);
      await sql.connect();
      token = await tokenFor(a.ctx, 'on');
    });
    afterAll(async () => {
      await sql?.end();
      await a?.ctx.store.close();
      await b?.ctx.store.close();
    });

    const request = (via: Instance, path: string, body?: Uint8Array<ArrayBuffer>, type = 'text/csv') =>
      via.app.request(`/api/v1/jurisdictions/on/${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
        body,
      });
    const upload = async (via: Instance, csv: string) => {
      const res = await request(via, 'uploads', new TextEncoder().encode(csv));
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as UploadResponse;
    };
    const keptFiles = async () =>
      Number((await sql.query('select count(*) from upload_files')).rows[0].count);
    const served = async (via: Instance) => {
      const res = await via.app.request('/api/v1/points?jurisdiction=on');
      return ((await res.json()) as { features: PointFeature[] }).features.map((f) => f.properties.id).sort();
    };
    const good = new TextDecoder().decode(fixture('good-ottawa.csv'));
    const [header = '', ...rows] = good.trim().split('\n');

    it('publishes through one instance what the other validated, then drops the kept file', async () => {
      const up = await upload(a, good);
      expect(await keptFiles()).toBe(1);
      // b never saw this upload: it rebuilds the preview from the kept file (GET, then the publish).
      const seen = await b.app.request(`/api/v1/jurisdictions/on/uploads/${up.id}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const body = (await seen.json()) as UploadResponse;
      expect(body.status).toBe('previewed');
      expect(body.summary).toEqual(up.summary);
      expect(body.diff).toEqual(up.diff);
      const published = await request(b, `uploads/${up.id}/publish?confirm=true`);
      expect(published.status, await published.clone().text()).toBe(200);
      expect(await served(b)).toEqual(rows.map((r) => `on:${r.split(',')[0]}`).sort());
      expect(await keptFiles()).toBe(0);
      // The instance that validated it still holds the preview, but the upload is published: refused.
      const again = await request(a, `uploads/${up.id}/publish?confirm=true`);
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_published');
    });

    it('refuses as stale (409) a rebuilt preview whose base version was replaced in the meantime', async () => {
      const older = await upload(a, `${header}\n${rows.slice(0, 2).join('\n')}\n`);
      const newer = await upload(a, `${header}\n${rows.slice(1).join('\n')}\n`);
      expect((await request(a, `uploads/${newer.id}/publish?confirm=true`)).status).toBe(200);
      const before = await served(b);
      const stale = await request(b, `uploads/${older.id}/publish?confirm=true`);
      expect(stale.status, await stale.clone().text()).toBe(409);
      expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('stale_base');
      expect(await served(b)).toEqual(before);
    });

    it('keeps nothing of a file that could not be read', async () => {
      const files = await keptFiles();
      const res = await request(a, 'uploads', fixture('not-a-csv.pdf'), 'text/csv');
      expect(res.status).toBe(415);
      expect(await keptFiles()).toBe(files);
    });
  });
