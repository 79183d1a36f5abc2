import { describe, expect, it } from 'vitest';
import { haversineM } from '../../server/core/geo/distance.ts';
import { PointIndex } from '../../server/core/geo/point-index.ts';
import type { ServicePoint } from '../../server/core/schemas.ts';
import { makePoint } from '../helpers/points.ts';

function point(i: number, lon: number, lat: number, level: ServicePoint['level'] = 'federal'): ServicePoint {
  return makePoint('j', String(i), { level, lat, lon, name_en: `P${i}`, name_fr: `P${i}` });
}

// A seeded spread of points over southern Canada.
let seed = 42;
const rand = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const points = Array.from({ length: 2000 }, (_, i) =>
  point(i, -140 + rand() * 85, 42 + rand() * 20, i % 3 === 0 ? 'municipal' : 'federal'),
);

describe('PointIndex', () => {
  const index = new PointIndex(points);

  it('returns the same nearest points as a brute-force scan, closest first, with distances in metres', () => {
    for (const [lon, lat] of [
      [-75.7, 45.4],
      [-123.1, 49.3],
      [-100, 60],
    ] as const) {
      const got = index.nearest(lon, lat, 5);
      const brute = points
        .map((p) => ({ id: p.id, d: haversineM(lon, lat, p.lon, p.lat) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 5);
      expect(got.map((g) => g.point.id)).toEqual(brute.map((b) => b.id));
      expect(got[0]?.distance_m).toBe(Math.round(brute[0]?.d ?? -1));
    }
  });

  it('applies the filter inside the search', () => {
    const got = index.nearest(-75.7, 45.4, 3, (p) => p.level === 'municipal');
    expect(got).toHaveLength(3);
    expect(got.every((g) => g.point.level === 'municipal')).toBe(true);
  });

  it('searches among the points that are not closed exactly as a filter on status would', () => {
    const mixed = points.map((p, i) =>
      i % 4 === 0
        ? { ...p, status: 'closed' as const }
        : i % 4 === 1
          ? { ...p, status: 'temporarily_closed' as const }
          : p,
    );
    const mixedIndex = new PointIndex(mixed);
    const notClosed = (p: ServicePoint) => p.status !== 'closed';
    for (const [lon, lat] of [
      [-75.7, 45.4],
      [-123.1, 49.3],
      [-100, 60],
    ] as const) {
      const expected = mixedIndex.nearest(lon, lat, 7, notClosed);
      expect(expected).toHaveLength(7);
      expect(mixedIndex.nearest(lon, lat, 7, undefined, undefined, 'not_closed')).toEqual(expected);
      // With another filter, and a radius, still the same answers.
      const municipal = (p: ServicePoint) => p.level === 'municipal';
      expect(mixedIndex.nearest(lon, lat, 3, municipal, 800, 'not_closed')).toEqual(
        mixedIndex.nearest(lon, lat, 3, (p) => notClosed(p) && municipal(p), 800),
      );
    }
    // Nothing closed: the same answers as the whole index.
    expect(index.nearest(-75.7, 45.4, 5, undefined, undefined, 'not_closed')).toEqual(
      index.nearest(-75.7, 45.4, 5),
    );
  });

  it('returns exactly the points inside a bbox', () => {
    const box = [-80, 43, -79, 44] as [number, number, number, number];
    const expected = points
      .filter((p) => p.lon >= -80 && p.lon <= -79 && p.lat >= 43 && p.lat <= 44)
      .map((p) => p.id)
      .sort();
    expect(
      index
        .within(box)
        .map((p) => p.id)
        .sort(),
    ).toEqual(expected);
  });

  it('works empty', () => {
    const empty = new PointIndex([]);
    expect(empty.nearest(0, 0, 5)).toEqual([]);
    expect(empty.within([-180, -90, 180, 90])).toEqual([]);
  });
});

describe('BandedPolygon', () => {
  it('agrees with plain ray casting on a polygon with a hole and two parts', async () => {
    const { BandedPolygon, inMultiPolygon } = await import('../../server/core/geo/polygon.ts');
    const multi = [
      [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [3, 3],
          [6, 3],
          [6, 6],
          [3, 6],
          [3, 3],
        ],
      ],
      [
        [
          [20, 20],
          [25, 20],
          [22, 28],
          [20, 20],
        ],
      ],
    ];
    const banded = new BandedPolygon(multi, 16);
    for (let i = 0; i < 2000; i++) {
      const x = rand() * 30 - 2;
      const y = rand() * 30 - 2;
      expect(banded.contains(x, y), `${x},${y}`).toBe(inMultiPolygon(x, y, multi));
    }
    expect(banded.contains(1, 1)).toBe(true);
    expect(banded.contains(4, 4)).toBe(false);
    expect(banded.contains(22, 22)).toBe(true);
  });
});
