import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * System packages the tests need (Debian): Chromium for the browser tests, PostgreSQL 15 (+ PostGIS for the
 * bench) for the store contract. Installed here, by the project, when missing and we are root; under CI=true a
 * missing dependency fails the run instead of skipping tests.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const PG_BIN = '/usr/lib/postgresql/15/bin';

const isRoot = () => process.getuid?.() === 0;
const inCi = () => process.env.CI === 'true' || process.env.CI === '1';

let aptUpdated = false;
function aptInstall(packages: string[]): string | undefined {
  if (!isRoot()) return `not root, cannot apt-get install ${packages.join(' ')}`;
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!aptUpdated) {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe', env, timeout: 300_000 });
      aptUpdated = true;
    }
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'pipe',
      env,
      timeout: 600_000,
    });
    return undefined;
  } catch (e) {
    return `apt-get install ${packages.join(' ')} failed: ${(e as { stderr?: Buffer }).stderr?.toString().slice(-500) ?? String(e)}`;
  }
}

export interface Availability {
  ok: boolean;
  reason?: string;
}

function ensure(what: string, present: () => boolean, packages: string[]): Availability {
  if (present()) return { ok: true };
  const failure = aptInstall(packages);
  if (present()) return { ok: true };
  const reason = `${what} is not available (${failure ?? 'installed but still not found'}). Install the Debian packages ${packages.join(' ')}.`;
  if (inCi()) throw new Error(`CI=true and ${reason}`);
  console.warn(`[setup] ${reason} The tests that need it are skipped.`);
  return { ok: false, reason };
}

export function ensureChromium(): Availability {
  return ensure('Chromium', () => existsSync(CHROMIUM) && spawnSync(CHROMIUM, ['--version']).status === 0, [
    'chromium',
  ]);
}

export function ensurePostgres(): Availability {
  return ensure(
    'PostgreSQL 15 with PostGIS',
    () => existsSync(`${PG_BIN}/initdb`) && existsSync('/usr/share/postgresql/15/extension/postgis.control'),
    ['postgresql-15', 'postgresql-15-postgis-3'],
  );
}
