import { PointIndex } from '../core/geo/point-index.ts';
import type { Store } from '../store/store.ts';

/**
 * Holds the spatial index of published points. `refresh()` builds the next index from the store and swaps it
 * in one assignment after the publish committed, so a request sees the old set or the new one, never a mix.
 */
export class PublishedIndex {
  private index = new PointIndex([]);

  constructor(private readonly store: Store) {}

  get current(): PointIndex {
    return this.index;
  }

  async refresh(): Promise<PointIndex> {
    const next = new PointIndex(await this.store.publishedPoints());
    this.index = next;
    return next;
  }
}
