import type { Preview } from './ingest.ts';

interface Entry {
  preview: Preview;
  tokenId: string;
  expires: number;
}

/**
 * Previews waiting to be published, kept in memory (their points can be 100k rows; the upload record with its
 * summary and errors is in the database). Bounded in count and age: an expired preview is uploaded again.
 */
export class PreviewCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 16,
    /** How long a preview can be published (its file, where the store keeps it, lives as long). */
    readonly ttlMs = 60 * 60 * 1000,
  ) {}

  put(id: string, preview: Preview, tokenId: string, now = Date.now()): void {
    this.evict(now);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    this.entries.set(id, { preview, tokenId, expires: now + this.ttlMs });
  }

  get(id: string, now = Date.now()): Entry | undefined {
    this.evict(now);
    return this.entries.get(id);
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  private evict(now: number) {
    for (const [id, e] of this.entries) if (e.expires <= now) this.entries.delete(id);
  }
}
