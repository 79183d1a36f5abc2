import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColocationResult } from '../../server/core/analysis/colocation.ts';
import type { GapsResult } from '../../server/core/analysis/gaps.ts';
import type { ScenarioResult } from '../../server/core/analysis/scenario.ts';
import type { SuggestResult } from '../../server/core/analysis/suggest.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { preview, publishPreview } from '../../server/services/ingest.ts';
import { seedIfEmpty } from '../../server/services/seed.ts';
import { DATA, testApp } from '../helpers/context.ts';

type Features = {
  type: string;
  features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
};
type ErrorBody = { error: { code: string; message: string } };

describe('analysis API on the sample data', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
    await seedIfEmpty(ctx, `${DATA}/sample`);
  });
  afterAll(() => ctx.store.close());

  const get = async <T>(path: string) => {
    const res = await app.request(`/api/v1${path}`);
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, res, text, body: (type.includes('json') ? JSON.parse(text) : null) as T };
  };
  const post = async <T>(path: string, body: unknown) => {
    const res = await app.request(`/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  it('GET /analysis/colocation finds the federal and territorial offices sharing 50 Government Place in Whitehorse', async () => {
    const { status, body } = await get<ColocationResult>('/analysis/colocation');
    expect(status).toBe(200);
    expect(body.radius_m).toBe(250);
    const whitehorse = body.groups.find((g) => g.points.includes('fed-esdc:esdc-041'));
    expect(whitehorse).toBeDefined();
    expect(whitehorse?.points).toContain('yt:yt-001');
    expect(whitehorse?.same_building).toBe(true);
    expect(whitehorse?.jurisdictions).toEqual(expect.arrayContaining(['fed-esdc', 'yt']));
    expect(whitehorse?.levels).toEqual(expect.arrayContaining(['federal', 'territorial']));
    for (const g of body.groups) {
      expect(Object.keys(g)).toEqual(
        expect.arrayContaining([
          'id',
          'points',
          'jurisdictions',
          'levels',
          'centroid',
          'max_distance_m',
          'same_building',
          'shared_services',
          'score',
        ]),
      );
      expect(g.jurisdictions.length).toBeGreaterThanOrEqual(2);
      expect(g.max_distance_m).toBeLessThanOrEqual(250 * (g.points.length - 1));
      expect(g.centroid).toHaveLength(2);
    }
    // Sorted by score, highest first.
    expect(body.groups.map((g) => g.score)).toEqual(
      [...body.groups.map((g) => g.score)].sort((a, b) => b - a),
    );
    // Every government pair at 50 Government Place is found: Whitehorse, Yellowknife, Iqaluit, Kenora, Thompson, Bathurst, Grande Prairie.
    expect(
      body.groups.filter((g) => g.sites.some((s) => s.address === '50 Government Place')).length,
    ).toBeGreaterThanOrEqual(7);
    expect(Array.isArray(body.same_community)).toBe(true);
  });

  it('levels and service narrow the co-location; closed points are left out unless status asks for them', async () => {
    const fedOnly = await get<ColocationResult>('/analysis/colocation?levels=federal');
    expect(fedOnly.body.groups.every((g) => g.levels.every((l) => l === 'federal'))).toBe(true);
    const passport = await get<ColocationResult>('/analysis/colocation?service=passport');
    for (const g of passport.body.groups)
      expect(g.sites.every((s) => s.services.includes('passport'))).toBe(true);
    const closed = ctx.index.current.points.filter((p) => p.status === 'closed').map((p) => p.id);
    const all = await get<ColocationResult>('/analysis/colocation?radius_m=1000');
    expect(all.body.groups.flatMap((g) => g.points).filter((id) => closed.includes(id))).toEqual([]);
  });

  it('GET /analysis/colocation?format=geojson and format=csv export the same groups', async () => {
    const json = await get<ColocationResult>('/analysis/colocation');
    const geo = await get<Features>('/analysis/colocation?format=geojson');
    expect(geo.status).toBe(200);
    expect(geo.body.type).toBe('FeatureCollection');
    const groupFeatures = geo.body.features.filter((f) => f.properties.kind === 'group');
    expect(groupFeatures.map((f) => f.id)).toEqual(json.body.groups.map((g) => g.id));
    expect(groupFeatures[0]?.geometry.coordinates).toEqual(json.body.groups[0]?.centroid);
    const csv = await get<null>('/analysis/colocation?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    expect(csv.res.headers.get('content-disposition')).toContain('colocation-250m.csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'kind,id,name,province,jurisdictions,levels,lon,lat,sites,max_distance_m,same_building,shared_services,complementary_services,population,score,points',
    );
    expect(lines.filter((l) => l.startsWith('group,'))).toHaveLength(json.body.groups.length);
    expect(lines.filter((l) => l.startsWith('same_community,'))).toHaveLength(
      json.body.same_community.length,
    );
  });

  it('table=groups and table=same_community split the co-location export in two', async () => {
    const json = await get<ColocationResult>('/analysis/colocation');
    const groups = await get<null>('/analysis/colocation?format=csv&table=groups');
    expect(groups.res.headers.get('content-disposition')).toContain('colocation-250m-groups.csv');
    const groupRows = groups.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    expect(groupRows).toHaveLength(json.body.groups.length);
    expect(groupRows.every((r) => r.startsWith('group,'))).toBe(true);
    const community = await get<Features>('/analysis/colocation?format=geojson&table=same_community');
    expect(community.body.features.map((f) => f.id)).toEqual(json.body.same_community.map((c) => c.id));
  });

  it('GET /analysis/gaps gives totals that add up, per province and for Canada, and the places beyond max_km', async () => {
    const { status, body } = await get<GapsResult>('/analysis/gaps?max_km=50&service=passport');
    expect(status).toBe(200);
    expect(body.max_km).toBe(50);
    expect(body.total_population).toBe(ctx.reference.places.reduce((s, p) => s + p.population, 0));
    expect(body.covered_population + body.uncovered_population).toBe(body.total_population);
    expect(body.by_province).toHaveLength(13);
    expect(body.by_province.reduce((s, p) => s + p.uncovered_population, 0)).toBe(body.uncovered_population);
    expect(body.places.length).toBe(body.uncovered_place_count);
    expect(body.places.reduce((s, p) => s + p.population, 0)).toBe(body.uncovered_population);
    for (const p of body.places) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining([
          'name',
          'province',
          'population',
          'lat',
          'lon',
          'nearest_km',
          'nearest_point_id',
        ]),
      );
      expect(p.nearest_km).toBeGreaterThan(50);
      expect(ctx.index.current.get(p.nearest_point_id ?? '')?.services).toContain('passport');
      // Named, so the table says which office it is.
      expect(p.nearest_point_name_en).toBe(ctx.index.current.get(p.nearest_point_id ?? '')?.name_en);
    }
    // A wider radius never covers fewer people.
    const wide = await get<GapsResult>('/analysis/gaps?max_km=200&service=passport');
    expect(wide.body.covered_population).toBeGreaterThanOrEqual(body.covered_population);
  });

  it('GET /analysis/gaps exports places and the per-province table as CSV and GeoJSON', async () => {
    const geo = await get<Features>('/analysis/gaps?format=geojson&places=all');
    expect(geo.body.features).toHaveLength(ctx.reference.places.length);
    const csv = await get<null>('/analysis/gaps?format=csv');
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'name,province,population,lat,lon,nearest_km,nearest_point_id,covered',
    );
    const provinces = await get<null>('/analysis/gaps?format=csv&table=provinces');
    const rows = provinces.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + 13 + 1);
    expect(rows.at(-1)).toMatch(/^canada,/);
    const json = await get<GapsResult>('/analysis/gaps');
    const bands = await get<null>('/analysis/gaps?format=csv&table=bands');
    const bandRows = bands.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(bandRows[0]).toBe('from_km,to_km,population,place_count');
    expect(bandRows.slice(1).reduce((sum, r) => sum + Number(r.split(',')[2]), 0)).toBe(
      json.body.total_population,
    );
  });

  it('bad parameters answer 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/analysis/colocation?radius_m=-5', 'radius_m'],
      ['/analysis/colocation?radius_m=abc', 'radius_m'],
      ['/analysis/colocation?radius_m=5000', 'radius_m'],
      ['/analysis/colocation?levels=royal', 'levels'],
      ['/analysis/colocation?format=xlsx', 'format'],
      ['/analysis/gaps?max_km=abc', 'max_km'],
      ['/analysis/gaps?max_km=0', 'max_km'],
      ['/analysis/gaps?service=teleportation', 'service'],
      ['/analysis/gaps?servce=passport', 'servce'],
      ['/analysis/suggest?k=0', 'k'],
      ['/analysis/suggest?k=2.5', 'k'],
    ];
    for (const [path, param] of cases) {
      const { status, body } = await get<ErrorBody>(path);
      expect(status, path).toBe(400);
      expect(body.error.code, path).toBe('invalid_parameter');
      expect(body.error.message, path).toContain(param);
    }
  });

  it('POST /analysis/scenario shows coverage before and after and changes nothing', async () => {
    const gaps = await get<GapsResult>('/analysis/gaps?service=passport');
    const target = gaps.body.places[0];
    expect(target).toBeDefined();
    const before = await get<Features>('/points');
    const passportPoints = ctx.index.current.points.filter(
      (p) => p.services.includes('passport') && p.status !== 'closed',
    );
    const close = passportPoints.slice(0, 2).map((p) => p.id);
    const { status, body } = await post<ScenarioResult>('/analysis/scenario', {
      service: ['passport'],
      max_km: 50,
      add: [{ lat: target?.lat, lon: target?.lon, name: 'New site' }],
      close,
    });
    expect(status).toBe(200);
    expect(body.before.covered_population).toBe(gaps.body.covered_population);
    expect(body.newly_covered.map((p) => p.name)).toContain(target?.name);
    expect(body.covered_population_change).toBe(
      body.after.covered_population - body.before.covered_population,
    );
    expect(body.after.by_province).toHaveLength(13);
    const after = await get<Features>('/points');
    expect(after.body).toEqual(before.body);
    // Other parameters than the first request, so the gaps are computed afresh rather than served from cache.
    const again = await get<GapsResult>(
      '/analysis/gaps?service=passport&max_km=50&status=open,temporarily_closed',
    );
    expect(again.body.covered_population).toBe(gaps.body.covered_population);
    expect(await ctx.store.publishedVersion('on')).toBe(1);
  });

  it('an added site counts only when it offers the service analysed (or lists no services)', async () => {
    const gaps = await get<GapsResult>('/analysis/gaps?service=passport');
    const target = gaps.body.places[0];
    const run = (services?: string[]) =>
      post<ScenarioResult>('/analysis/scenario', {
        service: ['passport'],
        add: [{ lat: target?.lat, lon: target?.lon, ...(services ? { services } : {}) }],
      });
    expect((await run(['passport', 'sin'])).body.covered_population_change).toBeGreaterThan(0);
    expect((await run()).body.covered_population_change).toBeGreaterThan(0);
    expect((await run(['health-card'])).body.covered_population_change).toBe(0);
    const unknown = await post<ErrorBody>('/analysis/scenario', {
      add: [{ lat: 50, lon: -100, services: ['x'] }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('add.services');
  });

  it('counts only the kinds of site asked for: offices open on ordinary days cover fewer people than every visit', async () => {
    const all = await get<GapsResult>('/analysis/gaps?max_km=50');
    const permanent = await get<GapsResult>('/analysis/gaps?max_km=50&site_type=centre,part_time');
    expect(permanent.status).toBe(200);
    expect(permanent.body.covered_population).toBeLessThan(all.body.covered_population);
    const scenario = await post<ScenarioResult>('/analysis/scenario', { site_type: ['centre', 'part_time'] });
    expect(scenario.status).toBe(200);
    expect(scenario.body.before.covered_population).toBe(permanent.body.covered_population);
    const bad = await get<ErrorBody>('/analysis/gaps?site_type=castle');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('site_type');
  });

  it('leaves a demonstration layer (demo-…) out of the analyses unless it is named', async () => {
    const other = await testApp();
    try {
      await seedIfEmpty(other.ctx, `${DATA}/sample`);
      // A school (ODEF's demo layer) 5 m from Grande Prairie's provincial office: no co-location opportunity.
      const school = 'id,name_en,lat,lon\ngp-school,Grande Prairie school,55.17002,-118.79234\n';
      const p = await preview(other.ctx, {
        jurisdiction: 'demo-odef',
        bytes: new TextEncoder().encode(school),
        fileName: 's.csv',
      });
      await publishPreview(other.ctx, p, 'test');
      const groups = async (query = '') =>
        ((await (await other.app.request(`/api/v1/analysis/colocation${query}`)).json()) as ColocationResult)
          .groups;
      expect((await groups()).some((g) => g.jurisdictions.includes('demo-odef'))).toBe(false);
      expect(
        (await groups('?jurisdiction=demo-odef,ab,fed-esdc')).some((g) =>
          g.jurisdictions.includes('demo-odef'),
        ),
      ).toBe(true);
      // Nor does a finder search for the governments of a place count it.
      const near = await other.app.request(
        '/api/v1/nearest?lat=55.17&lon=-118.7923&limit=3&in_jurisdiction=true',
      );
      const ids = ((await near.json()) as { features: { id: string }[] }).features.map((f) => f.id);
      expect(ids).not.toContain('demo-odef:gp-school');
    } finally {
      await other.ctx.store.close();
    }
  });

  it('POST /analysis/scenario refuses a body over 1 MB before reading it, with the limit', async () => {
    const huge = await app.request('/api/v1/analysis/scenario', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '['.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    const { error } = (await huge.json()) as ErrorBody & { error: { details: unknown } };
    expect(error.message).toContain('larger than 1 MB, the limit for JSON bodies');
    expect(error.details).toEqual({ limit_mb: 1 });
    // Not JSON, or not sent as JSON: said in the API's words, with what to send.
    const broken = await app.request('/api/v1/analysis/scenario', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"add": [',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.code).toBe('invalid_json');
    const typed = await app.request('/api/v1/analysis/scenario', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"add": []}',
    });
    expect(typed.status).toBe(415);
    expect(((await typed.json()) as ErrorBody).error.message).toBe(
      'Expected a JSON body sent with Content-Type: application/json; got "text/plain".',
    );
    // A scenario of hundreds of sites is far below it.
    const many = Array.from({ length: 500 }, (_, i) => ({ lat: 45 + i / 1000, lon: -75 }));
    expect((await post<ScenarioResult>('/analysis/scenario', { add: many })).status).toBe(200);
  });

  it('POST /analysis/scenario?format=csv gives the before/after table per province and for Canada', async () => {
    const res = await app.request('/api/v1/analysis/scenario?format=csv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ close: [ctx.index.current.points[0]?.id] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('province,covered_before,covered_after,change,total_population');
    expect(rows).toHaveLength(1 + 13 + 1);
    expect(rows.at(-1)).toMatch(/^canada,/);
  });

  it('POST /analysis/scenario refuses unknown point ids, bad coordinates and unknown services with a 400', async () => {
    const unknown = await post<ErrorBody>('/analysis/scenario', { close: ['on:nope'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('close');
    const badLat = await post<ErrorBody>('/analysis/scenario', { add: [{ lat: 123, lon: -75 }] });
    expect(badLat.status).toBe(400);
    expect(badLat.body.error.message).toContain('add');
    const badService = await post<ErrorBody>('/analysis/scenario', { service: ['teleportation'] });
    expect(badService.status).toBe(400);
    expect(badService.body.error.message).toContain('service');
  });

  it('GET /analysis/suggest proposes k sites, each adding no more than the one before, in JSON, CSV and GeoJSON', async () => {
    const { status, body } = await get<SuggestResult>('/analysis/suggest?k=5&service=passport');
    expect(status).toBe(200);
    expect(body.sites.length).toBeLessThanOrEqual(5);
    expect(body.sites.length).toBeGreaterThan(0);
    const added = body.sites.map((s) => s.added_population);
    expect(added).toEqual([...added].sort((a, b) => b - a));
    expect(body.covered_population_after - body.covered_population_before).toBe(
      added.reduce((s, a) => s + a, 0),
    );
    const csv = await get<null>('/analysis/suggest?k=5&service=passport&format=csv');
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1 + body.sites.length);
    const geo = await get<Features>('/analysis/suggest?k=5&service=passport&format=geojson');
    expect(geo.body.features.map((f) => f.properties.name)).toEqual(body.sites.map((s) => s.name));
  });

  it('the OpenAPI description documents the analyses, their method and limits', async () => {
    const { body } = await get<{ paths: Record<string, Record<string, { description?: string }>> }>(
      '/openapi.json',
    );
    for (const path of ['/analysis/colocation', '/analysis/gaps', '/analysis/suggest'])
      expect(body.paths[path]?.get?.description, path).toContain('not travel time');
    expect(body.paths['/analysis/scenario']?.post?.description).toContain('Nothing is stored');
    expect(body.paths['/analysis/colocation']?.get?.description).toContain('score');
  });
});
