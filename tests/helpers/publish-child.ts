/**
 * Child process for the crash test: publishes a large version of `on` into DATA_DIR and announces when the
 * publish transaction has started, so the parent can kill it half-way.
 */
import { openStore } from '../../server/store/open-store.ts';
import { makePoint } from './points.ts';

const dataDir = process.env.DATA_DIR ?? '';
const store = await openStore({ dataDir, role: 'crash-test child' });
const base = await store.publishedVersion('on');
const points = Array.from({ length: 200_000 }, (_, i) => makePoint('on', `big-${i}`));
console.log('PUBLISHING');
await store.publish({
  jurisdiction: 'on',
  points,
  baseVersion: base,
  publishedBy: 'child',
  fileName: 'big.csv',
  fileHash: 'x',
  summary: {},
});
console.log('PUBLISHED');
await store.close();
