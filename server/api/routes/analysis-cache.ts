/** Results kept per published index; a publish swaps the index, so its results go with it. */
const byIndex = new WeakMap<object, Map<string, unknown>>();

/** How many distinct analyses (parameter sets) are kept per published index. */
const MAX_ENTRIES = 32;

/**
 * The result of `compute` for this published index and key, computed once: viewing an analysis and then
 * exporting it as CSV and GeoJSON costs one computation. Oldest entries go first beyond {@link MAX_ENTRIES}.
 */
export function cachedAnalysis<T>(index: object, key: string, compute: () => T): T {
  let cache = byIndex.get(index);
  if (!cache) {
    cache = new Map();
    byIndex.set(index, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return value;
}
