import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/open-store.ts';
import { ROOT } from '../helpers/context.ts';
import { makePoint } from '../helpers/points.ts';

describe('a process killed in the middle of a publish', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcsm-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves the previous version intact on restart (embedded database)', async () => {
    const store = await openStore({ dataDir });
    await store.publish({
      jurisdiction: 'on',
      points: [makePoint('on', 'a'), makePoint('on', 'b')],
      baseVersion: null,
      publishedBy: 't',
      fileName: 'f',
      fileHash: 'h',
      summary: {},
    });
    await store.close();

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'publish-child.ts')],
      {
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (out.includes('PUBLISHING')) {
          clearInterval(poll);
          // Let the transaction get well under way (200k rows take seconds), then kill without warning.
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 700);
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        if (!out.includes('PUBLISHING')) reject(new Error(`child exited early:\n${out}`));
      });
    });
    await new Promise((r) => child.once('exit', r));
    expect(out).not.toContain('PUBLISHED');

    const reopened = await openStore({ dataDir });
    expect(await reopened.publishedVersion('on')).toBe(1);
    expect((await reopened.publishedPoints()).map((p) => p.id)).toEqual(['on:a', 'on:b']);
    expect((await reopened.versions('on')).map((v) => v.version)).toEqual([1]);
    // And the store still works.
    const v2 = await reopened.publish({
      jurisdiction: 'on',
      points: [makePoint('on', 'c')],
      baseVersion: 1,
      publishedBy: 't',
      fileName: 'f',
      fileHash: 'h',
      summary: {},
    });
    expect(v2.version).toBe(2);
    await reopened.close();
  });
});
