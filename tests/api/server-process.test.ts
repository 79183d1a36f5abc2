import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/context.ts';
import { startServer } from '../helpers/server-process.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'pcsm-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('the server process and the CLI on one DATA_DIR', () => {
  it('seeds an empty DATA_DIR once, and a second start keeps the data instead of re-seeding', async () => {
    const dataDir = tempDir();
    const first = await startServer({ DATA_DIR: dataDir });
    const health = (await (await fetch(`${first.url}/api/v1/health`)).json()) as { points: number };
    expect(first.output()).toContain('loaded the sample dataset');
    await first.stop();

    // Change the data in between with the CLI, so a re-seed would be visible.
    const csv = join(dataDir, 'on.csv');
    writeFileSync(csv, 'id,name_en,lat,lon\nonly-one,Only office,45.42,-75.69\n');
    const ingest = cli(['server/cli/ingest.ts', 'on', csv, '--json'], { DATA_DIR: dataDir });
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({
      published_version: 2,
      summary: { valid: 1, removed: expect.any(Number) },
      // Every sample office of the jurisdiction goes: the run says so, as the portal would ask to confirm it.
      suspicious: [expect.objectContaining({ kind: 'mass_removal' })],
    });

    const second = await startServer({ DATA_DIR: dataDir });
    expect(second.output()).not.toContain('loaded the sample dataset');
    const after = (await (await fetch(`${second.url}/api/v1/points?jurisdiction=on`)).json()) as {
      features: { id: string }[];
    };
    expect(after.features.map((f) => f.id)).toEqual(['on:only-one']);
    const total = (await (await fetch(`${second.url}/api/v1/health`)).json()) as { points: number };
    expect(total.points).toBeLessThan(health.points);

    // While the server holds the embedded database, the CLI says what to do instead of hanging.
    const busy = cli(['server/cli/ingest.ts', 'on', csv, '--dry-run'], { DATA_DIR: dataDir });
    expect(busy.status).not.toBe(0);
    expect(busy.stderr).toContain('in use by process');
    expect(busy.stderr).toContain('/api/v1/jurisdictions/{id}/uploads');
    await second.stop();
  });

  it('ingest publishes nothing of a file it could read only in part', () => {
    const dataDir = tempDir();
    const r = cli(
      [
        'server/cli/ingest.ts',
        'on',
        join(ROOT, 'tests', 'fixtures', 'uploads', 'late-unterminated-quote.csv'),
      ],
      {
        DATA_DIR: dataDir,
      },
    );
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('the file could not be read from row 3 on: nothing published');
  });

  it('ingest --dry-run --json reports row errors and publishes nothing', () => {
    const dataDir = tempDir();
    const csv = join(dataDir, 'in.csv');
    writeFileSync(csv, 'id,name_en,lat,lon\na,Good,45.42,-75.69\nb,Swapped,-75.69,45.42\n');
    const r = cli(['server/cli/ingest.ts', 'on', csv, '--dry-run', '--json'], { DATA_DIR: dataDir });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      dry_run: true,
      published_version: null,
      summary: { rows: 2, valid: 1, rejected: 1 },
    });
    expect(out.errors[0]).toMatchObject({ row: 3, code: 'swapped_coordinates' });

    // The same in French; a language it does not write is a usage error.
    const fr = cli(['server/cli/ingest.ts', 'on', csv, '--dry-run', '--lang', 'fr'], { DATA_DIR: dataDir });
    expect(fr.status, fr.stderr).toBe(0);
    expect(fr.stdout).toContain('ERROR   Ligne 3, colonne lat : attendu une latitude entre 41,6 et 83,2');
    const de = cli(['server/cli/ingest.ts', 'on', csv, '--lang', 'de'], { DATA_DIR: dataDir });
    expect(de.status).toBe(2);
    expect(de.stderr).toContain('--lang: expected en or fr, got "de"');
  });

  it('starts degraded, and says so, without the reference data', async () => {
    const server = await startServer({ DATA_DIR: tempDir(), REFERENCE_DATA_DIR: tempDir() });
    const about = (await (await fetch(`${server.url}/api/v1/about`)).json()) as {
      missing: string[];
      sources: { id: string; in_use: boolean }[];
    };
    expect(about.missing).toContain('provinces');
    // A reference source is in use only when a layer of its own is loaded: the outlines' stand-in is Natural Earth's.
    const inUse = Object.fromEntries(about.sources.map((s) => [s.id, s.in_use]));
    expect(inUse).toMatchObject({
      'statcan-boundaries': false,
      'fsa-centroids': false,
      geonames: false,
      'natural-earth': true,
    });
    expect(server.output()).toContain('MISSING provinces');
    const countries = (await (await fetch(`${server.url}/api/v1/basemap/countries.geojson`)).json()) as {
      features: unknown[];
    };
    expect(countries.features.length).toBeGreaterThan(0);
    await server.stop();
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'web', 'index.html')))(
    'sends the built script brotli- or gzip-compressed to a browser that accepts it, to keep for good',
    async () => {
      const server = await startServer({ DATA_DIR: tempDir() });
      // Raw bytes and headers, with exactly the Accept-Encoding given (fetch would add and undo its own).
      const raw = (path: string, encoding?: string) =>
        new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }>(
          (resolve, reject) => {
            get(
              `${server.url}${path}`,
              { headers: encoding ? { 'Accept-Encoding': encoding } : {} },
              (res) => {
                let bytes = 0;
                res.on('data', (d: Buffer) => {
                  bytes += d.length;
                });
                res.on('end', () => resolve({ headers: res.headers, bytes }));
              },
            ).on('error', reject);
          },
        );
      const html = await (await fetch(`${server.url}/`)).text();
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
      expect(script).not.toBe('');
      const plain = await raw(script);
      const br = await raw(script, 'gzip, deflate, br, zstd');
      const gzip = await raw(script, 'gzip, deflate');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(br.bytes).toBeLessThan(plain.bytes / 3);
      expect(gzip.bytes).toBeLessThan(plain.bytes / 3);
      expect(br.headers.vary).toContain('Accept-Encoding');
      for (const r of [plain, br, gzip])
        expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // The page itself is not kept: it names the current assets.
      expect((await raw('/')).headers['cache-control']).toBeUndefined();
      // An asset of an older build is a 404, not the page kept for good under its name.
      const gone = await fetch(`${server.url}/assets/index-0ld0ld.js`);
      expect(gone.status).toBe(404);
      expect(gone.headers.get('cache-control')).toBeNull();
      expect(((await gone.json()) as { error: { message: string } }).error.message).toContain('Reload it');
      await server.stop();
    },
  );
});
