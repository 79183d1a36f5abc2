import { execFileSync } from 'node:child_process';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { type PostgresServer, startPostgres } from './postgres-server.ts';
import { ensureChromium, ensurePostgres } from './system-deps.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the throw-away PostgreSQL server, or '' when it could not be started. */
    postgresUrl: string;
    postgresSkipReason: string;
    /** Why the browser tests cannot run, or '' when Chromium is there. */
    chromiumSkipReason: string;
  }
}

let pg: PostgresServer | undefined;

/** Once per `npm test`: system packages, a PostgreSQL server, and a fresh build of the web app. */
export default async function setup(project: TestProject) {
  const postgres = ensurePostgres();
  const chromium = ensureChromium();
  if (postgres.ok) pg = await startPostgres();
  project.provide('postgresUrl', pg?.url ?? '');
  project.provide('postgresSkipReason', postgres.reason ?? '');
  project.provide('chromiumSkipReason', chromium.reason ?? '');
  if (chromium.ok) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  return () => pg?.stop();
}
