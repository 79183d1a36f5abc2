import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type RunningServer, startServer } from './server-process.ts';

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
}

/**
 * For a browser test file: a real server on a fresh DATA_DIR (so it seeds the sample) and a Chromium, started
 * before the file's tests and torn down after. Read `server` and `browser` inside tests (they are set in beforeAll).
 */
export function useBrowserSession(name: string): BrowserSession {
  const session = {} as BrowserSession;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `pcsm-${name}-`));
    session.server = await startServer({ DATA_DIR: dataDir });
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return session;
}
