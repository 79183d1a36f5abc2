import './v8-tuning.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './api/app.ts';
import { loadConfig, PROJECT_ROOT } from './config.ts';
import { loadReference } from './reference/load-reference.ts';
import { createContext, loadCatalog } from './services/app-context.ts';
import { FOLLOW_INTERVAL_MS, followPublishes } from './services/follow-publishes.ts';
import { seedIfEmpty } from './services/seed.ts';
import { openStore } from './store/open-store.ts';

// Opening-hours evaluation hands the library wall-clock dates; a UTC process has no DST gaps to trip on.
process.env.TZ = 'UTC';

async function main() {
  const config = loadConfig();
  const reference = loadReference(config.referenceDir);
  for (const s of reference.status) {
    console.log(
      `[reference] ${s.available ? 'loaded ' : 'MISSING'} ${s.layer}${s.available ? ` (${s.count})` : ''} — ${s.source}`,
    );
  }
  if (reference.status.some((s) => !s.available)) {
    console.warn(
      '[reference] Some reference layers are missing: the app runs degraded (see /api/v1/about). Set REFERENCE_DATA_DIR to a folder laid out like ../shared/data/reference.',
    );
  }
  const url = `http://${config.host}:${config.port}`;
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    role: 'server',
    url,
  });
  const ctx = await createContext({
    catalog: loadCatalog(join(PROJECT_ROOT, 'data')),
    reference,
    store,
    maxUploadBytes: config.maxUploadBytes,
  });
  const seeded = await seedIfEmpty(ctx, join(PROJECT_ROOT, 'data', 'sample'));
  if (seeded > 0)
    console.log(
      `[data] empty database: loaded the sample dataset (${seeded} points) through the ingest pipeline`,
    );
  console.log(
    `[data] ${ctx.index.current.size} published points (${store.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
  );

  if (
    existsSync(join(PROJECT_ROOT, '..', 'shared', 'data', 'sources')) &&
    !ctx.index.current.points.some((p) => !p.sample)
  ) {
    console.log(
      '[data] Real published sources are beside the project (../shared/data/sources): load them with `npm run import:all`.',
    );
  }
  // On PostgreSQL other processes may publish too (more instances, the ingest CLI on a schedule).
  const follower =
    store.kind === 'postgres'
      ? followPublishes(ctx, {
          onInstall: (j, v) =>
            console.log(`[data] ${j}: version ${v}, published by another process, now served`),
          onError: (e) => console.warn(`[data] could not look for other processes' publishes: ${String(e)}`),
        })
      : undefined;
  if (follower)
    console.log(`[data] following publishes made by other processes (every ${FOLLOW_INTERVAL_MS / 1000} s)`);
  const app = createApp(ctx, { webDir: join(PROJECT_ROOT, 'dist', 'web') });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    console.log(`Pan-Canadian Service Map listening on ${url}`);
  });
  const shutdown = async () => {
    follower?.stop();
    server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
