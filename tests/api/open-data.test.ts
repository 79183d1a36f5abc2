import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../server/api/app.ts';
import type { PointFeature } from '../../server/core/geojson.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { seedIfEmpty } from '../../server/services/seed.ts';
import { DATA, testApp } from '../helpers/context.ts';
import { tokenFor } from '../helpers/uploads.ts';

describe('open data API', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
    await seedIfEmpty(ctx, `${DATA}/sample`);
  });
  afterAll(() => ctx.store.close());

  /** Uploads a CSV for a jurisdiction with a fresh token and publishes it (confirmed); the publish's status. */
  const publishCsv = async (jurisdiction: string, csv: string, beforePublish?: () => Promise<unknown>) => {
    const token = await tokenFor(ctx, jurisdiction);
    const up = await app.request(`/api/v1/jurisdictions/${jurisdiction}/uploads`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${token}` },
      body: csv,
    });
    const { id } = (await up.json()) as { id: string };
    await beforePublish?.();
    const res = await app.request(
      `/api/v1/jurisdictions/${jurisdiction}/uploads/${id}/publish?confirm=true`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    return res.status;
  };

  it('answers 304 to a matching ETag or If-Modified-Since, and a fresh 200 after a publish', async () => {
    const first = await app.request('/api/v1/points?jurisdiction=pe');
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(lastModified).toBeTruthy();
    expect(
      (await app.request('/api/v1/points?jurisdiction=pe', { headers: { 'If-None-Match': etag ?? '' } }))
        .status,
    ).toBe(304);
    expect(
      (await app.request('/api/v1/export.csv', { headers: { 'If-Modified-Since': lastModified ?? '' } }))
        .status,
    ).toBe(304);
    // The comparison is weak: the tag without its W/ matches too, among others.
    const strong = `"nope", ${etag?.slice(2)}`;
    expect(
      (await app.request('/api/v1/points?jurisdiction=pe', { headers: { 'If-None-Match': strong } })).status,
    ).toBe(304);

    // Last-Modified has one-second resolution: the publish waits a second after the upload.
    const published = await publishCsv(
      'pe',
      'id,name_en,lat,lon\npe-9,Souris office,46.355,-62.25\n',
      () => new Promise((r) => setTimeout(r, 1100)),
    );
    expect(published).toBe(200);
    const after = await app.request('/api/v1/points?jurisdiction=pe', {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(
      (await app.request('/api/v1/export.csv', { headers: { 'If-Modified-Since': lastModified ?? '' } }))
        .status,
    ).toBe(200);
  });

  it('revalidates /nearest once a minute as well, since whether a place is open changes with the time', async () => {
    const url = '/api/v1/nearest?lat=46.2&lon=-63.1&limit=3';
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // 08:29:30 on a Tuesday in Charlottetown, just before its sample offices open at 8:30.
      vi.setSystemTime(new Date('2026-12-01T12:29:30Z'));
      const before = await app.request(url);
      const etag = before.headers.get('etag') ?? '';
      const open = (r: unknown) =>
        (r as { features: { properties: { open_now: boolean | null } }[] }).features;
      const wasOpen = open(await before.json()).map((f) => f.properties.open_now);
      vi.setSystemTime(new Date('2026-12-01T12:29:55Z'));
      expect((await app.request(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
      vi.setSystemTime(new Date('2026-12-01T12:30:05Z'));
      const after = await app.request(url, { headers: { 'If-None-Match': etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(open(await after.json()).map((f) => f.properties.open_now)).not.toEqual(wasOpen);
    } finally {
      vi.useRealTimers();
    }
  });

  it('validates only answers that can be revalidated: a 200 carries ETag and Cache-Control, a refusal neither', async () => {
    const ok = await app.request('/api/v1/nearest?lat=46.2&lon=-63.1&limit=2');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(ok.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(ok.headers.get('last-modified')).toBeTruthy();
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const bad = await app.request('/api/v1/nearest?lat=north&lon=-63.1');
    expect(bad.status).toBe(400);
    for (const h of ['etag', 'cache-control', 'last-modified']) expect(bad.headers.get(h), h).toBeNull();
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('modified_after returns only what changed since, with stable ids', async () => {
    const all = (await (await app.request('/api/v1/points')).json()) as { features: PointFeature[] };
    const newest =
      all.features
        .map((f) => f.properties.modified_at)
        .sort()
        .pop() ?? '';
    const before = new Date(Date.parse(newest) - 1).toISOString();
    const changed = (await (await app.request(`/api/v1/points?modified_after=${before}`)).json()) as {
      features: PointFeature[];
    };
    expect(changed.features.map((f) => f.id)).toEqual(['pe:pe-9']);
    const bad = await app.request('/api/v1/points?modified_after=yesterday');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('modified_after');
  });

  it('lets any origin read (GET) but not write', async () => {
    const res = await app.request('/api/v1/points?jurisdiction=pe', {
      headers: { Origin: 'https://example.org' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await app.request('/api/v1/jurisdictions/pe/uploads', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-methods')).not.toContain('POST');
  });

  it('credits every source with its licence, and says which are in use', async () => {
    const about = (await (await app.request('/api/v1/about')).json()) as {
      sources: { id: string; name_fr: string; licence: string; in_use: boolean }[];
    };
    const sc = about.sources.find((s) => s.id === 'service-canada');
    expect(sc).toMatchObject({ in_use: false, licence: expect.stringContaining('Open Government Licence') });
    expect(about.sources.find((s) => s.id === 'geonames')).toMatchObject({
      in_use: true,
      licence: expect.stringContaining('CC BY 4.0'),
    });
    expect(about.sources.every((s) => s.name_fr.length > 0)).toBe(true);
  });

  it('reports data quality per jurisdiction', async () => {
    const q = (await (await app.request('/api/v1/quality')).json()) as {
      jurisdictions: {
        jurisdiction: string;
        points: number;
        with_hours_share: number;
        with_french_share: number;
        last_published: string;
      }[];
    };
    const qc = q.jurisdictions.find((j) => j.jurisdiction === 'qc');
    expect(qc?.points).toBe(ctx.index.current.points.filter((p) => p.jurisdiction === 'qc').length);
    expect(qc?.with_french_share).toBe(1);
    expect(qc?.with_hours_share).toBe(1);
    expect(Date.parse(qc?.last_published ?? '')).not.toBeNaN();
  });

  it('documents every route in openapi.json, and every documented route exists', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const api = createApi(ctx);
    const existing = new Set(
      api.routes
        .filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect([...existing].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !existing.has(r))).toEqual([]);
    expect(documented.size).toBeGreaterThan(15);
  });

  it('sends every point and the exports compressed to a client that accepts it, the same bytes until a publish', async () => {
    const get = async (path: string, encoding?: string) => {
      const res = await app.request(path, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
      return { res, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const plain = await get('/api/v1/points');
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    const br = await get('/api/v1/points', 'gzip, deflate, br');
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.res.headers.get('content-type')).toBe('application/json');
    expect(br.res.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.res.headers.get('etag')).toBe(plain.res.headers.get('etag'));
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 5);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    // Kept: the next request gets the same bytes; gzip for a client without brotli.
    expect((await get('/api/v1/points', 'br')).bytes.equals(br.bytes)).toBe(true);
    const gz = await get('/api/v1/points', 'gzip');
    expect(gz.res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    // An export keeps its own headers (the file name) compressed, the first time and from what was kept.
    for (let i = 0; i < 2; i++) {
      const csv = await get('/api/v1/export.csv', 'br');
      expect(csv.res.headers.get('content-encoding')).toBe('br');
      expect(csv.res.headers.get('content-disposition')).toBe('attachment; filename="service-points.csv"');
      expect(brotliDecompressSync(csv.bytes).toString()).toBe(
        (await get('/api/v1/export.csv')).bytes.toString(),
      );
    }
    // A small answer goes as it is.
    expect(
      (await get('/api/v1/points?jurisdiction=pe', 'br')).res.headers.get('content-encoding'),
    ).toBeNull();

    // A publish changes what is kept.
    expect(await publishCsv('yt', 'id,name_en,lat,lon\nyt-9,Carcross office,60.17,-134.7\n')).toBe(200);
    const after = await get('/api/v1/points', 'br');
    expect(brotliDecompressSync(after.bytes).toString()).toContain('Carcross office');
    expect(brotliDecompressSync(after.bytes).equals((await get('/api/v1/points')).bytes)).toBe(true);
  });

  it("keeps /about's counts in step with each publish", async () => {
    type About = { points: number; sample_points: number; sources: { id: string; in_use: boolean }[] };
    const about = async () => (await (await app.request('/api/v1/about')).json()) as About;
    const before = await about();
    const bcBefore = ctx.index.current.points.filter((p) => p.jurisdiction === 'bc');
    expect(before.sources.find((s) => s.id === 'workbc')?.in_use).toBe(false);
    // Asked twice in one state: the same counts (the second from the census kept for that state).
    expect(await about()).toEqual(before);
    // British Columbia's sample replaced by one real point.
    expect(await publishCsv('bc', 'id,name_en,lat,lon\nbc-real-1,Victoria office,48.43,-123.37\n')).toBe(200);
    const after = await about();
    expect(after.points).toBe(before.points - bcBefore.length + 1);
    expect(after.sample_points).toBe(before.sample_points - bcBefore.filter((p) => p.sample).length);
    expect(after.sources.find((s) => s.id === 'workbc')?.in_use).toBe(true);
  });
});

describe('the map view of /points', () => {
  it('carries only what a map draws, for every point', async () => {
    const { app, ctx } = await testApp();
    await seedIfEmpty(ctx, `${DATA}/sample`);
    const full = (await (await app.request('/api/v1/points')).json()) as { features: PointFeature[] };
    const res = await app.request('/api/v1/points?view=map');
    const map = (await res.json()) as { features: { id: string; properties: Record<string, unknown> }[] };
    expect(map.features.map((f) => f.id)).toEqual(full.features.map((f) => f.id));
    expect(Object.keys(map.features[0]?.properties ?? {}).sort()).toEqual([
      'id',
      'jurisdiction',
      'level',
      'name_en',
      'name_fr',
      'sample',
      'site_type',
      'status',
    ]);
    expect((await app.request('/api/v1/points?view=tiny')).status).toBe(400);
    await ctx.store.close();
  });
});
