import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointFeature } from '../../server/core/geojson.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { seedIfEmpty } from '../../server/services/seed.ts';
import { DATA, testApp } from '../helpers/context.ts';

type Collection = { type: string; features: PointFeature[] };

describe('public API on the sample data', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
    await seedIfEmpty(ctx, `${DATA}/sample`);
  });
  afterAll(() => ctx.store.close());

  const get = async <T>(path: string) => {
    const res = await app.request(`/api/v1${path}`);
    return { status: res.status, body: (await res.json()) as T, res };
  };

  it('GET /health counts the published points', async () => {
    const { status, body } = await get<{ status: string; points: number }>('/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.points).toBe(ctx.index.current.size);
    expect(body.points).toBeGreaterThanOrEqual(100);
  });

  it('the sample covers all 13 provinces and territories and all four levels, each as version 1 and marked sample', async () => {
    const { body } = await get<Collection>('/points');
    const props = body.features.map((f) => f.properties);
    expect(new Set(props.map((p) => p.province))).toEqual(
      new Set(['NL', 'PE', 'NS', 'NB', 'QC', 'ON', 'MB', 'SK', 'AB', 'BC', 'YT', 'NT', 'NU']),
    );
    for (const level of ['federal', 'provincial', 'territorial', 'municipal'])
      expect(
        props.some((p) => p.level === level),
        level,
      ).toBe(true);
    expect(props.every((p) => p.sample)).toBe(true);
    expect(new Set(props.map((p) => p.site_type)).size).toBeGreaterThanOrEqual(5);
    const versions = await get<{ versions: { version: number }[] }>('/jurisdictions');
    expect(versions.status).toBe(200);
    expect(await ctx.store.publishedVersion('on')).toBe(1);
  });

  it('GET /points?bbox= returns exactly the published points inside the box', async () => {
    const { status, body } = await get<Collection>('/points?bbox=-80,43,-79,44');
    expect(status).toBe(200);
    const expected = ctx.index.current.points
      .filter((p) => p.lon >= -80 && p.lon <= -79 && p.lat >= 43 && p.lat <= 44)
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(body.features.map((f) => f.id).sort()).toEqual(expected);
    for (const f of body.features) {
      expect(f.geometry.coordinates).toEqual([f.properties.lon, f.properties.lat]);
      expect(f.properties.id).toMatch(/^[a-z-]+:/);
    }
  });

  it('GET /points?bbox=oops is a 400 that says what a bbox looks like', async () => {
    const { status, body } = await get<{ error: { code: string; message: string } }>('/points?bbox=oops');
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.message).toContain('minLon,minLat,maxLon,maxLat');
    expect(body.error.message).toContain('"oops"');
  });

  it('rejects an unknown filter value or parameter by name', async () => {
    const level = await get<{ error: { message: string } }>('/points?level=federal,royal');
    expect(level.status).toBe(400);
    expect(level.body.error.message).toMatch(/"royal" for level/);
    const typo = await get<{ error: { message: string } }>('/points?servce=sin');
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain('servce');
  });

  it('filters by service and level (any of a list)', async () => {
    const { body } = await get<Collection>('/points?service=passport&level=federal');
    expect(body.features.length).toBeGreaterThan(3);
    expect(
      body.features.every(
        (f) => f.properties.services.includes('passport') && f.properties.level === 'federal',
      ),
    ).toBe(true);
  });

  it('GET /points/{id} returns one feature, and a 404 that explains ids', async () => {
    const any = ctx.index.current.points[0];
    const one = await get<PointFeature>(`/points/${encodeURIComponent(any?.id ?? '')}`);
    expect(one.status).toBe(200);
    expect(one.body.properties.name_en).toBe(any?.name_en);
    const missing = await get<{ error: { code: string; message: string } }>('/points/on:nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('<jurisdiction>:<source id>');
  });

  it('GET /nearest sorts by distance and leaves closed points out by default', async () => {
    const { status, body } = await get<Collection>('/nearest?lat=49.28&lon=-123.12&limit=20&jurisdiction=bc');
    expect(status).toBe(200);
    const d = body.features.map((f) => f.properties.distance_m ?? -1);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(body.features.some((f) => f.properties.status === 'closed')).toBe(false);
    const withClosed = await get<Collection>(
      '/nearest?lat=49.28&lon=-123.12&limit=20&jurisdiction=bc&status=closed',
    );
    expect(withClosed.body.features.map((f) => f.properties.status)).toEqual(['closed']);
    const bad = await get<{ error: { message: string } }>('/nearest?lat=95&lon=-75');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('lat');
  });

  it('exports CSV (formula-safe, UTF-8 BOM) and GeoJSON with the same filters', async () => {
    const res = await app.request('/api/v1/export.csv?jurisdiction=qc');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    const lines = text.trim().split('\r\n');
    expect(lines[0]?.replace('\uFEFF', '').startsWith('global_id,jurisdiction,level,id,name_en')).toBe(true);
    expect(lines.length - 1).toBe(ctx.index.current.points.filter((p) => p.jurisdiction === 'qc').length);
    expect(text).toContain('Montréal');
    const geo = await get<Collection>('/export.geojson?jurisdiction=qc');
    expect(geo.body.features.length).toBe(lines.length - 1);
  });

  it('serves the basemap layers and an OpenAPI description of every route', async () => {
    const provinces = await get<{ features: { properties: { name_fr: string } }[] }>(
      '/basemap/provinces.geojson',
    );
    expect(provinces.body.features).toHaveLength(13);
    expect(provinces.body.features.map((f) => f.properties.name_fr)).toContain('Colombie-Britannique');
    const doc = await get<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    for (const path of [
      '/health',
      '/jurisdictions',
      '/services',
      '/points',
      '/points/{id}',
      '/nearest',
      '/export.csv',
      '/export.geojson',
    ]) {
      expect(Object.keys(doc.body.paths), path).toContain(path);
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await get<{ error: { code: string } }>('/nope');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('answers a known path with the wrong method with a 405 that says which methods it takes', async () => {
    for (const [method, path, allow] of [
      ['GET', '/analysis/scenario', 'POST'],
      ['DELETE', '/points/on:on-001', 'GET, HEAD'],
      ['GET', '/jurisdictions/on/uploads', 'POST'],
      ['PATCH', '/jurisdictions/on/mapping', 'GET, HEAD, PUT'],
    ] as const) {
      const res = await app.request(`/api/v1${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error).toMatchObject({
        code: 'method_not_allowed',
        message: expect.stringContaining(`expected ${allow}`),
      });
    }
  });
});
