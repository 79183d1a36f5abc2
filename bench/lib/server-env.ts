import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  config: { glibc_tunables: string };
};

/**
 * What `npm start` (and `npm run ingest`) add to the environment of the server's process, for the processes the
 * benchmark starts in its place: glibc's malloc set to hand freed blocks of 128 kB or more back to the system
 * (package.json `config.glibc_tunables`). Without it, once a 27 MB upload buffer is freed glibc raises its mmap
 * threshold and keeps later large blocks in its heap, which it does not return: a 100k-row ingest process on
 * PGlite idled at 620-740 MB of RSS between uploads instead of 460-520 (measured, bench/README.md).
 */
export const SERVER_ENV = { GLIBC_TUNABLES: pkg.config.glibc_tunables };
