import { describe, expect, it } from 'vitest';
import { featureCollectionJson, toFeature, toFeatureCollection } from '../../server/core/geojson.ts';
import { ServicePointSchema } from '../../server/core/schemas.ts';
import { makePoint } from '../helpers/points.ts';

describe('GeoJSON of points', () => {
  const odd = makePoint('qc', 'é"\\\n1', {
    name_en: 'Quote " backslash \\ tab \t',
    name_fr: 'Montréal — ᐃᓄᒃᑎᑐᑦ 🍁 \u2028 \u0001',
    lat: -0,
    lon: -73.56789012345678,
    services: ['sin', 'passport'],
    accessibility: ['step_free'],
    approximate: true,
  });
  const plain = makePoint('on', 'a');

  it('carries every field of the schema, in schema order, whatever order the point was made in', () => {
    const shuffled = Object.fromEntries(Object.entries(plain).reverse()) as typeof plain;
    expect(Object.keys(toFeature(shuffled).properties)).toEqual(Object.keys(ServicePointSchema.shape));
  });

  it('writes a collection exactly as JSON.stringify does, extras and all, the second time from its memo', () => {
    const items = [
      {
        point: odd,
        extra: { distance_m: 12, open_now: null, next_change: null, timezone: 'America/Toronto' },
      },
      {
        point: plain,
        extra: { distance_m: 0, open_now: true, next_change: '2026-12-02T17:00', timezone: 'x' },
      },
      { point: plain, extra: { distance_m: 5, timezone: undefined } },
    ];
    const expected = JSON.stringify(toFeatureCollection(items.map((i) => toFeature(i.point, i.extra))));
    expect(featureCollectionJson(items)).toBe(expected);
    expect(featureCollectionJson(items)).toBe(expected);
    expect(featureCollectionJson([])).toBe(JSON.stringify(toFeatureCollection([])));
    expect(JSON.parse(featureCollectionJson(items)).features[0].properties.name_en).toBe(odd.name_en);
  });
});
