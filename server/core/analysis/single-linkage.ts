import { haversineM } from '../geo/distance.ts';
import { type LonLat, LonLatIndex } from './lonlat-index.ts';

/**
 * Single-linkage components of items within `radiusM` metres (great-circle) of each other: two items share a
 * component when a chain of items joins them with every step ≤ `radiusM`. Neighbours come from a kdbush range
 * query per item (O(n log n + neighbour pairs)), never from all pairs. Returns, for each item, the index of
 * the first item of its component (its own index when it stands alone).
 */
export function linkComponents(items: readonly LonLat[], radiusM: number): Int32Array {
  const index = new LonLatIndex(items);
  const parent = new Int32Array(items.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    // Path compression keeps later finds near O(1).
    let cur = i;
    while (parent[cur] !== root) {
      const next = parent[cur] ?? root;
      parent[cur] = root;
      cur = next;
    }
    return root;
  };
  items.forEach((it, i) => {
    for (const j of index.boxAround(it.lon, it.lat, radiusM)) {
      if (j <= i) continue;
      const a = find(i);
      const b = find(j);
      // Already joined through a chain: no need for the distance (most pairs in a dense block).
      if (a === b) continue;
      const other = items[j];
      if (!other || haversineM(it.lon, it.lat, other.lon, other.lat) > radiusM) continue;
      // The smaller index is the root, so a component is named by its first item.
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  for (let i = 0; i < parent.length; i++) parent[i] = find(i);
  return parent;
}

/** The components of two or more items, as ascending index lists, in order of their first item. */
export function singleLinkage(items: readonly LonLat[], radiusM: number): number[][] {
  const roots = linkComponents(items, radiusM);
  const byRoot = new Map<number, number[]>();
  roots.forEach((r, i) => {
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  });
  return [...byRoot.values()].filter((c) => c.length >= 2);
}
