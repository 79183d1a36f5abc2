import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeocodeResult } from '../../server/core/geocode.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { testApp } from '../helpers/context.ts';

describe('GET /api/v1/geocode', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
  });
  afterAll(() => ctx.store.close());

  const geocode = async (q: string) => {
    const res = await app.request(`/api/v1/geocode?q=${encodeURIComponent(q)}`);
    const json = (await res.json()) as GeocodeResult['candidates'];
    if (res.status === 200) expect(Array.isArray(json), 'the contract: a bare list of candidates').toBe(true);
    const body: GeocodeResult = {
      query: q,
      interpreted_as: res.headers.get('x-interpreted-as') as GeocodeResult['interpreted_as'],
      candidates: json,
    };
    return { status: res.status, body };
  };

  it('answers a postal code with its FSA centroid, approximate, with the contract fields', async () => {
    const { status, body } = await geocode('K1A 0B1');
    expect(status).toBe(200);
    expect(body.interpreted_as).toBe('postal_code');
    const [c] = body.candidates;
    expect(c).toMatchObject({ kind: 'fsa', approximate: true, rural: false, postal_code: 'K1A 0B1' });
    expect(typeof c?.label).toBe('string');
    expect(typeof c?.lat).toBe('number');
    expect(typeof c?.lon).toBe('number');
    expect(Number.isInteger(c?.uncertainty_m)).toBe(true);
  });

  it('answers a French place name typed without accents', async () => {
    const { body } = await geocode('trois rivieres');
    expect(body.candidates[0]).toMatchObject({ kind: 'place', name: 'Trois-Rivières', province: 'qc' });
  });

  it('flags a rural FSA so the client can ask for the community', async () => {
    const { body } = await geocode('A0A');
    expect(body.candidates[0]).toMatchObject({ kind: 'fsa', rural: true, province: 'nl' });
  });

  it('answers 200 with no candidates for an unknown or malformed query, saying how it read it', async () => {
    expect((await geocode('Nowhereville')).body).toEqual({
      query: 'Nowhereville',
      interpreted_as: 'place',
      candidates: [],
    });
    const malformed = await geocode('Q1Q 1Q1');
    expect(malformed.status).toBe(200);
    expect(malformed.body).toMatchObject({ interpreted_as: 'malformed_postal_code', candidates: [] });
  });

  it('is a 400 naming the parameter when q is missing or an unknown parameter is sent', async () => {
    const missing = await app.request('/api/v1/geocode');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/\bq\b/);
    const typo = await app.request('/api/v1/geocode?query=ottawa');
    expect(typo.status).toBe(400);
    expect(((await typo.json()) as { error: { message: string } }).error.message).toContain('"query"');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/geocode']).toBeDefined();
  });
});
