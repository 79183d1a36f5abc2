import type { AppContext } from './app-context.ts';

/** How often a server on PostgreSQL looks for versions published by other processes. */
export const FOLLOW_INTERVAL_MS = 5_000;

export interface Follower {
  /** Installs every version published elsewhere since the last look; returns the jurisdictions it installed. */
  check(): Promise<string[]>;
  stop(): void;
}

/**
 * Keeps this process's published index in step with publishes committed by other processes on the same
 * PostgreSQL database: another instance of the server behind the same load balancer, or the ingest CLI run on a
 * schedule. Each process answers the public API from its own index, so without this a refresh published by the CLI
 * stayed invisible until the server restarted. The embedded database admits one process, which publishes through
 * its own index: it needs no follower.
 *
 * A look is one small query (each jurisdiction's published version); only a jurisdiction whose version moved is
 * read back, and its set installed as read from the store (`validated: false`, so its next upload is checked in
 * full). Versions only grow, so a set is installed only over an older one: a publish of this process that lands
 * while a look is reading wins, as it must.
 */
export function followPublishes(
  ctx: Pick<AppContext, 'store' | 'index'>,
  options: {
    intervalMs?: number;
    onInstall?: (jurisdiction: string, version: number) => void;
    onError?: (e: unknown) => void;
  } = {},
): Follower {
  const { store, index } = ctx;
  const older = (jurisdiction: string, version: number) =>
    (index.published(jurisdiction)?.version ?? 0) < version;

  async function check(): Promise<string[]> {
    const installed: string[] = [];
    for (const [jurisdiction, v] of await store.publishedVersions()) {
      if (!older(jurisdiction, v.version)) continue;
      const points = await store.versionPoints(jurisdiction, v.version);
      if (!older(jurisdiction, v.version)) continue;
      index.replace(jurisdiction, {
        version: v.version,
        publishedAt: v.published_at,
        points,
        validated: false,
      });
      installed.push(jurisdiction);
      options.onInstall?.(jurisdiction, v.version);
    }
    return installed;
  }

  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // One look at a time: the next is scheduled when the last one has finished, however long it took.
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        await check();
      } catch (e) {
        options.onError?.(e);
      }
      schedule();
    }, options.intervalMs ?? FOLLOW_INTERVAL_MS);
    timer.unref();
  };
  schedule();
  return {
    check,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
