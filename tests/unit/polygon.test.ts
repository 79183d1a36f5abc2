import { describe, expect, it } from 'vitest';
import { BandedPolygon, inMultiPolygon, type MultiPolygonCoords } from '../../server/core/geo/polygon.ts';

/** A jagged coastline: a ring of `n` vertices at radii that zigzag, around (cx, cy). */
function jagged(cx: number, cy: number, n: number, r: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const rr = r * (i % 2 ? 0.55 : 1) * (1 + 0.3 * Math.sin(7 * a));
    return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)];
  });
  ring.push(ring[0] as number[]);
  return ring;
}

/** Three parts, the first with a lake in it, one a sliver; edges at every scale from 0.001° to degrees. */
const SHAPE: MultiPolygonCoords = [
  [jagged(-79, 45, 400, 3), jagged(-79.2, 44.9, 60, 0.4)],
  [jagged(-74, 46.5, 90, 0.8)],
  [
    [
      [-76, 49],
      [-75.999, 49],
      [-75.999, 49.3],
      [-76, 49],
    ],
  ],
];

/** A seeded stream of numbers in [0, 1). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('BandedPolygon', () => {
  it('answers every point as the plain ray cast over all the edges does: holes, parts, vertices, outside', () => {
    const area = new BandedPolygon(SHAPE);
    const next = random(7);
    const points: [number, number][] = [];
    for (let i = 0; i < 20_000; i++) points.push([-83 + 11 * next(), 41.5 + 8.5 * next()]);
    for (const part of SHAPE) for (const ring of part) for (const [x = 0, y = 0] of ring) points.push([x, y]);
    points.push([-75.9995, 49.1], [-75.99, 49.1], [-79.2, 44.9], [-79, 45]);
    expect(points.filter(([x, y]) => area.contains(x, y) !== inMultiPolygon(x, y, SHAPE))).toEqual([]);
    // Not a vacuous agreement: both sides of the outlines are among the points.
    const inside = points.filter(([x, y]) => area.contains(x, y)).length;
    expect(inside).toBeGreaterThan(3000);
    expect(inside).toBeLessThan(points.length - 3000);
  });

  it('holds nothing when empty', () => {
    expect(new BandedPolygon([]).contains(-75, 45)).toBe(false);
  });
});
