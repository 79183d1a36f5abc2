import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { freePort } from '../../tests/helpers/server-process.ts';
import { SERVER_ENV } from './server-env.ts';

export interface BenchServer {
  url: string;
  rss: number;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts bench-server.ts with `points` seeded points on a free 127.0.0.1 port. */
export async function spawnBenchServer(points: number, baseline = 0): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(PROJECT_ROOT, 'bench', 'lib', 'bench-server.ts')],
    {
      env: {
        ...process.env,
        ...SERVER_ENV,
        PORT: String(port),
        BENCH_POINTS: String(points),
        BENCH_BASELINE: String(baseline),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const rss = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.stderr?.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code}): ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    rss,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
