import { describe, expect, it, vi } from 'vitest';
import { cachedAnalysis } from '../../server/api/routes/analysis-cache.ts';

describe('analysis cache', () => {
  it('computes once per published index and key, and again for a new index (after a publish)', () => {
    const compute = vi.fn(() => ({ covered: 1 }));
    const first = {};
    const a = cachedAnalysis(first, 'gaps {"maxKm":50}', compute);
    const b = cachedAnalysis(first, 'gaps {"maxKm":50}', compute);
    expect(b).toBe(a);
    expect(compute).toHaveBeenCalledTimes(1);
    cachedAnalysis(first, 'gaps {"maxKm":100}', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    const afterPublish = {};
    cachedAnalysis(afterPublish, 'gaps {"maxKm":50}', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps at most 32 entries per index, dropping the oldest', () => {
    const compute = vi.fn((k: number) => k);
    const index = {};
    for (let k = 0; k < 33; k++) cachedAnalysis(index, `k${k}`, () => compute(k));
    cachedAnalysis(index, 'k32', () => compute(32));
    expect(compute).toHaveBeenCalledTimes(33);
    cachedAnalysis(index, 'k0', () => compute(0));
    expect(compute).toHaveBeenCalledTimes(34);
  });
});
