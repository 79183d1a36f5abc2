import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    // PGlite start-up and Chromium are slow on 2 cores; no test asserts on time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A page's first answer waits on a server under load from other test files: on a slow two-vCPU machine a
    // finder page took over a second to show its results (the default wait of expect.poll), so polls wait up to
    // 10 s. A poll that should fail still fails, only later.
    expect: { poll: { timeout: 10_000 } },
    env: { TZ: 'UTC' },
  },
});
