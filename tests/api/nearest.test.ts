import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineM } from '../../server/core/geo/distance.ts';
import type { PointFeature } from '../../server/core/geojson.ts';
import { isOpenAt, parseOpenAt } from '../../server/core/open-at.ts';
import type { ServicePoint } from '../../server/core/schemas.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { seedIfEmpty } from '../../server/services/seed.ts';
import { DATA, testApp } from '../helpers/context.ts';

type Collection = { type: string; features: PointFeature[] };
type ErrorBody = { error: { code: string; message: string; details?: { parameter: string }[] } };

// A seeded generator, so a failure can be replayed.
let seed = 20261123;
const rand = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)] as T;

describe('GET /api/v1/nearest on the sample data', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  let points: readonly ServicePoint[];
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
    await seedIfEmpty(ctx, `${DATA}/sample`);
    points = ctx.index.current.points;
  });
  afterAll(() => ctx.store.close());

  const get = async <T>(path: string) => {
    const res = await app.request(`/api/v1${path}`);
    return { status: res.status, body: (await res.json()) as T };
  };

  it('returns the same points in the same order as a brute-force great-circle scan, for 200 random queries', async () => {
    const services = [...new Set(points.flatMap((p) => p.services))];
    const levels = ['federal', 'provincial', 'territorial', 'municipal'] as const;
    for (let i = 0; i < 200; i++) {
      const lat = 42 + rand() * 40;
      const lon = -141 + rand() * 88;
      const limit = 1 + Math.floor(rand() * 30);
      const service = rand() < 0.5 ? pick(services) : undefined;
      const level = rand() < 0.3 ? pick(levels) : undefined;
      const query = new URLSearchParams({ lat: String(lat), lon: String(lon), limit: String(limit) });
      if (service) query.set('service', service);
      if (level) query.set('level', level);
      const { status, body } = await get<Collection>(`/nearest?${query}`);
      expect(status).toBe(200);

      const brute = points
        .filter((p) => p.status !== 'closed')
        .filter((p) => !service || p.services.includes(service))
        .filter((p) => !level || p.level === level)
        .map((p) => ({ id: p.id, d: haversineM(lon, lat, p.lon, p.lat) }))
        .sort((a, b) => a.d - b.d);
      const got = body.features.map((f) => ({ id: f.id, d: f.properties.distance_m ?? -1 }));
      const where = query.toString();
      expect(got.length, where).toBe(Math.min(limit, brute.length));
      expect(
        got.map((g) => g.d),
        where,
      ).toEqual(brute.slice(0, limit).map((b) => Math.round(b.d)));
      // Same points: only points at exactly the same spot (a tie, even across the limit) may swap places.
      const bruteDistance = new Map(brute.map((b) => [b.id, Math.round(b.d)]));
      for (const g of got) expect(bruteDistance.get(g.id), `${where} ${g.id}`).toBe(g.d);
      expect(new Set(got.map((g) => g.id)).size, where).toBe(got.length);
    }
  });

  it('filters by service, level, jurisdiction, language, accessibility (all of them) and site type', async () => {
    const q =
      '/nearest?lat=45.42&lon=-75.7&limit=100&service=passport,sin&level=federal&language=fr&accessibility=step_free,accessible_washroom&site_type=centre,part_time';
    const { status, body } = await get<Collection>(q);
    expect(status).toBe(200);
    expect(body.features.length).toBeGreaterThan(0);
    for (const { properties: p } of body.features) {
      expect(p.services.some((s) => s === 'passport' || s === 'sin')).toBe(true);
      expect(p.level).toBe('federal');
      expect(p.languages).toContain('fr');
      expect(p.accessibility).toEqual(expect.arrayContaining(['step_free', 'accessible_washroom']));
      expect(['centre', 'part_time']).toContain(p.site_type);
    }
    const qc = await get<Collection>('/nearest?lat=45.5&lon=-73.6&limit=100&jurisdiction=qc,mun-montreal');
    expect(new Set(qc.body.features.map((f) => f.properties.jurisdiction))).toEqual(
      new Set(['qc', 'mun-montreal']),
    );
  });

  it('with open_at as wall-clock time, keeps only points whose hours say open then, on their own clock', async () => {
    // Tuesday 10:30 at each point, and Sunday 03:00 when almost nothing is open.
    const tuesday = await get<Collection>('/nearest?lat=50&lon=-95&limit=100&open_at=2026-11-24T10:30');
    expect(tuesday.status).toBe(200);
    expect(tuesday.body.features.length).toBeGreaterThan(20);
    const at = parseOpenAt('2026-11-24T10:30');
    for (const f of tuesday.body.features) expect(isOpenAt(f.properties, at), f.id).toBe(true);
    const expected = points.filter((p) => p.status !== 'closed' && isOpenAt(p, at)).length;
    expect(tuesday.body.features.length).toBe(Math.min(100, expected));
    const night = await get<Collection>('/nearest?lat=50&lon=-95&limit=100&open_at=2026-11-22T03:00');
    expect(night.body.features.length).toBeLessThan(tuesday.body.features.length);
  });

  it('with open_at as an instant, evaluates it in each point’s time zone (Christmas Day is a holiday)', async () => {
    // 15:00 UTC is 10:00 in Ottawa but 07:00 in Vancouver, before any office opens there.
    const instant = '2026-11-24T15:00:00Z';
    const ottawa = await get<Collection>(`/nearest?lat=45.42&lon=-75.7&limit=5&open_at=${instant}`);
    expect(ottawa.body.features.length).toBeGreaterThan(0);
    const vancouver = await get<Collection>(
      `/nearest?lat=49.28&lon=-123.12&limit=5&max_km=30&open_at=${encodeURIComponent(instant)}`,
    );
    expect(vancouver.body.features.filter((f) => f.properties.timezone === 'America/Vancouver')).toEqual([]);
    const christmas = await get<Collection>(
      '/nearest?lat=45.42&lon=-75.7&limit=100&max_km=50&open_at=2026-12-25T11:00',
    );
    for (const f of christmas.body.features) expect(f.properties.hours, f.id).not.toMatch(/PH off/);
  });

  it('never returns a temporarily closed office as open, with open_at or in open_now', async () => {
    const kentville = points.find((p) => p.status === 'temporarily_closed');
    expect(kentville).toBeDefined();
    const near = `/nearest?lat=${kentville?.lat}&lon=${kentville?.lon}&limit=5&max_km=1`;
    const all = await get<Collection>(near);
    const listed = all.body.features.find((f) => f.id === kentville?.id);
    expect(listed?.properties.open_now).toBe(false);
    // Every weekday at 11:00 for a fortnight: its usual hours would say open on some of them.
    for (let day = 23; day <= 30; day++) {
      const { body } = await get<Collection>(`${near}&open_at=2026-11-${day}T11:00`);
      expect(body.features.map((f) => f.id)).not.toContain(kentville?.id);
    }
  });

  it('says so when a parameter is given twice, whatever it is', async () => {
    for (const query of ['lat=45&lat=46&lon=-75', 'lat=45&lon=-75&level=federal&level=provincial']) {
      const res = await get<ErrorBody>(`/nearest?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.message, query).toContain('is given more than once: expected it once');
    }
  });

  it('takes open_at in every ISO 8601 form: seconds or not, Z or an offset with or without its colon', async () => {
    const ids = async (openAt: string) => {
      const res = await get<Collection>(
        `/nearest?lat=45.42&lon=-75.69&limit=20&open_at=${encodeURIComponent(openAt)}`,
      );
      expect(res.status, openAt).toBe(200);
      return res.body.features.map((f) => f.id);
    };
    // A Tuesday, 10:30 in Ottawa.
    const expected = await ids('2026-12-01T15:30:00Z');
    expect(expected.length).toBeGreaterThan(0);
    for (const form of [
      '2026-12-01T15:30Z',
      '2026-12-01T10:30-05:00',
      '2026-12-01T10:30-0500',
      '2026-12-01T21:00+05:30',
    ])
      expect(await ids(form), form).toEqual(expected);
  });

  it('carries distance and open status on each result', async () => {
    const { body } = await get<Collection>('/nearest?lat=45.42&lon=-75.7&limit=3');
    for (const { properties: p } of body.features) {
      expect(typeof p.distance_m).toBe('number');
      expect(p.open_now === null || typeof p.open_now === 'boolean').toBe(true);
      expect(p.timezone).toBe('America/Toronto');
      if (p.open_now !== null) expect(p.next_change).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    }
  });

  it.each([
    ['lat=95&lon=-75', 'lat'],
    ['lat=45&lon=abc', 'lon'],
    ['lon=-75', 'lat'],
    ['lat=45&lon=-75&limit=0', 'limit'],
    ['lat=45&lon=-75&limit=101', 'limit'],
    ['lat=45&lon=-75&service=passports', 'service'],
    ['lat=45&lon=-75&level=royal', 'level'],
    ['lat=45&lon=-75&jurisdiction=xx', 'jurisdiction'],
    ['lat=45&lon=-75&language=klingon', 'language'],
    ['lat=45&lon=-75&accessibility=ramp', 'accessibility'],
    ['lat=45&lon=-75&site_type=castle', 'site_type'],
    ['lat=45&lon=-75&status=gone', 'status'],
    ['lat=45&lon=-75&open_at=tomorrow', 'open_at'],
    ['lat=45&lon=-75&open_at=2026-02-30T10:00', 'open_at'],
    ['lat=45&lon=-75&open_at=2026-11-23T24:00', 'open_at'],
    ['lat=0x2d&lon=-75', 'lat'],
    ['lat=45&lon=Infinity', 'lon'],
    ['lat=45&lon=-75&max_km=-1', 'max_km'],
  ])('answers %s with a 400 naming %s', async (query, parameter) => {
    const { status, body } = await get<ErrorBody>(`/nearest?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.message).toContain(parameter);
    expect(body.error.details?.map((d) => d.parameter)).toContain(parameter);
  });

  const nearest = async (query: string) => {
    const res = await app.request(`/api/v1/nearest?${query}`);
    const body = (await res.json()) as Collection;
    return { res, jurisdictions: body.features.map((f) => f.properties.jurisdiction) };
  };

  it('with in_jurisdiction=true, keeps only the governments of the province the position is in, and the federal ones', async () => {
    // Plateau Mont-Royal, Montréal: the nearest health-card offices are Ontario's, which cannot issue a Québec card.
    const montreal = 'lat=45.5215&lon=-73.5802&service=health-card&limit=10';
    const anywhere = await nearest(montreal);
    expect(anywhere.jurisdictions.some((j) => j !== 'qc' && !j.startsWith('fed-'))).toBe(true);
    // No Québec point of the sample offers it: nothing, rather than another province's offices.
    const here = await nearest(`${montreal}&in_jurisdiction=true`);
    expect(here.res.headers.get('x-position-province')).toBe('qc');
    expect(here.jurisdictions).toEqual([]);
    const quebec = new Set(
      ctx.catalog.jurisdictions.filter((j) => j.level === 'federal' || j.province === 'qc').map((j) => j.id),
    );
    // Far enough from Montréal, the nearest birth-certificate offices are in New Brunswick and Ontario too.
    const certificates = await nearest('lat=45.5215&lon=-73.5802&service=birth-certificate&limit=30');
    expect(certificates.jurisdictions.filter((j) => !quebec.has(j)).length).toBeGreaterThan(0);
    const own = await nearest(
      'lat=45.5215&lon=-73.5802&service=birth-certificate&limit=30&in_jurisdiction=true',
    );
    expect(own.jurisdictions.length).toBeGreaterThan(0);
    expect(own.jurisdictions.filter((j) => !quebec.has(j))).toEqual([]);
    // Federal offices serve everyone: a SIN search near Gatineau still finds Ottawa's.
    const gatineau = await nearest('lat=45.4765&lon=-75.7013&service=sin&limit=3&in_jurisdiction=true');
    expect(gatineau.res.headers.get('x-position-province')).toBe('qc');
    expect(gatineau.jurisdictions).toContain('fed-esdc');
    // An explicit jurisdiction filter still applies, within the province's governments.
    const only = await nearest('lat=45.5215&lon=-73.5802&limit=10&in_jurisdiction=true&jurisdiction=on,qc');
    expect(new Set(only.jurisdictions)).toEqual(new Set(['qc']));
  });

  it('with in_jurisdiction=true, leaves nothing out at sea (no province), and refuses a value that is not true or false', async () => {
    const sea = await nearest('lat=44&lon=-50&limit=3&in_jurisdiction=true');
    expect(sea.res.headers.get('x-position-province')).toBeNull();
    expect(sea.jurisdictions).toEqual((await nearest('lat=44&lon=-50&limit=3')).jurisdictions);
    const bad = await app.request('/api/v1/nearest?lat=45&lon=-75&in_jurisdiction=yes');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.message).toContain('expected true or false, got "yes"');
  });
});
