import { describe, expect, it } from 'vitest';
import { PublishedIndex } from '../../server/services/published-index.ts';
import type { Store } from '../../server/store/store.ts';
import { makePoint } from '../helpers/points.ts';

// `replace` and `prepare` never reach the store; only `refresh` reads it.
const index = () => new PublishedIndex({} as Store);
const set = (points: ReturnType<typeof makePoint>[], version = 1) => ({
  version,
  publishedAt: '2026-12-02T00:00:00.000Z',
  points,
  validated: true,
});

describe('PublishedIndex with an index prepared during a publish', () => {
  it('swaps in the prepared index when nothing changed since it was made', () => {
    const published = index();
    published.replace('on', set([makePoint('on', 'a')]));
    const points = [makePoint('qc', 'b', { lat: 46.8, lon: -71.2 })];
    const prepared = published.prepare('qc', points);
    const current = published.replace('qc', set(points), prepared);
    expect(current).toBe(prepared.index);
    expect(current.points.map((p) => p.id)).toEqual(['on:a', 'qc:b']);
  });

  it('builds afresh when another jurisdiction was swapped in after the index was prepared', () => {
    const published = index();
    const points = [makePoint('qc', 'b', { lat: 46.8, lon: -71.2 })];
    const prepared = published.prepare('qc', points);
    published.replace('on', set([makePoint('on', 'a')]));
    const current = published.replace('qc', set(points), prepared);
    expect(current).not.toBe(prepared.index);
    // The other publish is not lost: the fresh index holds both.
    expect(current.points.map((p) => p.id)).toEqual(['on:a', 'qc:b']);
    expect(current.nearest(-75.69, 45.42, 1)[0]?.point.id).toBe('on:a');
  });

  it('builds afresh when the prepared index was made for other points', () => {
    const published = index();
    const prepared = published.prepare('qc', [makePoint('qc', 'old')]);
    const current = published.replace('qc', set([makePoint('qc', 'new')]), prepared);
    expect(current.points.map((p) => p.id)).toEqual(['qc:new']);
  });
});
