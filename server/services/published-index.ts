import { PointIndex } from '../core/geo/point-index.ts';
import type { ServicePoint } from '../core/schemas.ts';
import type { Store } from '../store/store.ts';

export interface PublishedSet {
  version: number;
  publishedAt: string;
  points: readonly ServicePoint[];
  /**
   * Every point was accepted by this process's validation (a publish of an upload, see
   * `ValidationContext.trusted`); false for a set read back from the store (start-up, a restore).
   */
  validated: boolean;
}

/** An index made ahead for one jurisdiction's next set (`PublishedIndex.prepare`). */
export interface PreparedIndex {
  readonly swaps: number;
  readonly jurisdiction: string;
  readonly points: readonly ServicePoint[];
  readonly index: PointIndex;
}

/** One index over every jurisdiction's points, in jurisdiction order. */
const indexOf = (sets: ReadonlyMap<string, PublishedSet>) =>
  new PointIndex([...sets.keys()].sort().flatMap((j) => sets.get(j)?.points ?? []));

/**
 * The published points in memory: each jurisdiction's set and version, and one spatial index over them all.
 * A change builds the next index from the committed set and swaps it in one assignment, so a request sees the
 * old set or the new one, never a mix. `stamp` changes with every swap (it makes the API's ETags).
 */
export class PublishedIndex {
  private index = new PointIndex([]);
  private sets = new Map<string, PublishedSet>();
  private swaps = 0;
  private readonly boot = Date.now();

  constructor(private readonly store: Store) {}

  get current(): PointIndex {
    return this.index;
  }

  /** Identifies the published state: this process's start and its count of swaps (no two states share one). */
  get stamp(): string {
    return `${this.boot.toString(36)}-${this.swaps}`;
  }

  /** The latest publish time of any jurisdiction (epoch when nothing is published). */
  get lastModified(): Date {
    let latest = 0;
    for (const s of this.sets.values()) latest = Math.max(latest, Date.parse(s.publishedAt));
    return new Date(latest);
  }

  /** The published set of a jurisdiction as this process last saw it committed. */
  published(jurisdiction: string): PublishedSet | undefined {
    return this.sets.get(jurisdiction);
  }

  /** Reloads everything from the store (start-up, or after a change made elsewhere). */
  async refresh(): Promise<PointIndex> {
    const [points, versions] = await Promise.all([
      this.store.publishedPoints(),
      this.store.publishedVersions(),
    ]);
    const sets = new Map<string, PublishedSet>();
    for (const [jurisdiction, v] of versions)
      sets.set(jurisdiction, {
        version: v.version,
        publishedAt: v.published_at,
        points: [],
        validated: false,
      });
    for (const p of points) (sets.get(p.jurisdiction)?.points as ServicePoint[] | undefined)?.push(p);
    return this.swap(sets);
  }

  /** Installs one jurisdiction's newly committed version without reading the rest back from the store. */
  replace(jurisdiction: string, set: PublishedSet, prepared?: PreparedIndex): PointIndex {
    const sets = new Map(this.sets);
    sets.set(jurisdiction, set);
    const ready =
      prepared?.swaps === this.swaps &&
      prepared.jurisdiction === jurisdiction &&
      prepared.points === set.points;
    return this.swap(sets, ready ? prepared.index : undefined);
  }

  /**
   * The index `replace(jurisdiction, { points, … })` would build, built ahead: a publish makes it while the
   * database writes the rows (`PublishInput.whileWriting`) and swaps it in after the commit. Built from the other
   * jurisdictions' sets as they are now, so `replace` uses it only if no swap came in between.
   */
  prepare(jurisdiction: string, points: readonly ServicePoint[]): PreparedIndex {
    const sets = new Map(this.sets);
    sets.set(jurisdiction, { version: 0, publishedAt: '', points, validated: true });
    return { swaps: this.swaps, jurisdiction, points, index: indexOf(sets) };
  }

  private swap(sets: Map<string, PublishedSet>, ready?: PointIndex): PointIndex {
    const next = ready ?? indexOf(sets);
    this.sets = sets;
    this.index = next;
    this.swaps++;
    return next;
  }
}
