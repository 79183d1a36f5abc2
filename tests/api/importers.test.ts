import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointFeature } from '../../server/core/geojson.ts';
import { mapWithColumnMapping, parseMappingFile } from '../../server/importers/column-mapping.ts';
import { mapHsdsPackage } from '../../server/importers/hsds.ts';
import { importAll } from '../../server/importers/import-all.ts';
import { runImport } from '../../server/importers/run-import.ts';
import { mapServiceCanada } from '../../server/importers/service-canada.ts';
import { mapWorkBc } from '../../server/importers/workbc.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { FIXTURES, ROOT, testApp, testContext } from '../helpers/context.ts';
import { hsdsFields, validateHsdsZip } from '../helpers/hsds.ts';

const source = (name: string) => readFileSync(join(FIXTURES, 'sources', name));
const options = (source: string, jurisdiction: string, dryRun = false) => ({
  source,
  jurisdiction,
  fileName: `${source}-excerpt`,
  dryRun,
  publishedBy: 'test',
});

describe('importing publishers’ files through the ingest pipeline', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
  });
  afterAll(() => ctx.store.close());

  const points = async (jurisdiction: string) => {
    const res = await app.request(`/api/v1/points?jurisdiction=${jurisdiction}`);
    return ((await res.json()) as { features: PointFeature[] }).features.map((f) => f.properties);
  };

  it('publishes Service Canada rows flagged approximate, and reports every row left out with its reason', async () => {
    const report = await runImport(
      ctx,
      mapServiceCanada(source('service-canada-offices.csv')),
      options('service-canada', 'fed-esdc'),
    );
    expect(report.published_version).toBe(1);
    expect(report.source_rows).toBe(8);
    expect(report.summary.valid).toBe(6);
    expect(report.left_out.map((l) => [l.id, l.source_row])).toEqual([
      ['SK-Z01', '6'],
      ['ON-Z04', '9'],
    ]);
    expect(report.left_out[1]?.reason).toMatch(/^lat: .* is in SK, but the site belongs to ON/);
    const published = await points('fed-esdc');
    expect(published).toHaveLength(6);
    expect(published.every((p) => p.approximate)).toBe(true);
    const hinton = published.find((p) => p.id === 'fed-esdc:AB-Z03');
    // No coordinates in the source: the pipeline placed it at the centroid of FSA T7V (Hinton).
    expect(hinton?.lat).toBeCloseTo(ctx.reference.fsaCentroids.get('T7V')?.lat ?? 0, 4);
    expect(report.warnings.map((w) => w.code)).toEqual(['approximate_location']);
  });

  it('publishes nothing when the same file is imported again', async () => {
    const report = await runImport(
      ctx,
      mapServiceCanada(source('service-canada-offices.csv')),
      options('service-canada', 'fed-esdc'),
    );
    expect(report).toMatchObject({ published_version: null, unchanged: true });
    expect(report.summary).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 6 });
  });

  it('publishes WorkBC centres with building-level points and valid opening hours', async () => {
    const report = await runImport(ctx, mapWorkBc(source('workbc-centres.geojson')), options('workbc', 'bc'));
    expect(report.summary).toMatchObject({ valid: 3, rejected: 0 });
    expect(report.notes).toHaveLength(1);
    const published = await points('bc');
    expect(published.map((p) => p.id).sort()).toEqual(['bc:w1', 'bc:w2', 'bc:w3']);
    const pg = published.find((p) => p.id === 'bc:w2');
    expect(pg).toMatchObject({
      approximate: false,
      phone: '250-555-0102 ext. 12',
      email: 'centre-pg@workbc.ca',
    });
  });

  it('maps a new publisher with a saved column mapping: valid rows published, the bad one reported', async () => {
    const mapping = parseMappingFile(source('clinic-mapping.json').toString('utf8'));
    const report = await runImport(
      ctx,
      mapWithColumnMapping(source('clinic-list.csv'), mapping),
      options('mapping', 'nb'),
    );
    expect(report.summary.valid).toBe(2);
    expect(report.left_out).toEqual([expect.objectContaining({ id: 'C-3', source_row: '4' })]);
    expect(report.left_out[0]?.reason).toMatch(/outside Canada|swapped/);
    const riverview = (await points('nb')).find((p) => p.id === 'nb:C-2');
    expect(riverview).toMatchObject({ approximate: true, languages: ['en', 'fr'] });
  });

  it('exports an HSDS 3.0 package that validates against the table schemas and imports back to the same points', async () => {
    const res = await app.request('/api/v1/export.hsds.zip?jurisdiction=fed-esdc,bc,nb');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = new Uint8Array(await res.arrayBuffer());
    const tables = validateHsdsZip(zip);
    expect(tables.location).toHaveLength(11);
    expect(tables.organization).toHaveLength(3);
    expect(tables.schedule.find((s) => s.byday === 'MO,TU,TH,FR')).toMatchObject({
      opens_at: '08:30',
      closes_at: '16:30',
      freq: 'WEEKLY',
    });

    const fresh = await testContext();
    try {
      for (const j of ['fed-esdc', 'bc', 'nb']) {
        const mapped = mapHsdsPackage(zip, { jurisdiction: j, services: ctx.catalog.services });
        const report = await runImport(fresh, mapped, options('hsds', j));
        expect(report.left_out).toEqual([]);
        const before = ctx.index.current.points.filter((p) => p.jurisdiction === j).map(hsdsFields);
        const after = fresh.index.current.points.filter((p) => p.jurisdiction === j).map(hsdsFields);
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(after.sort(byId)).toEqual(before.sort(byId));
      }
    } finally {
      await fresh.store.close();
    }
  });

  it('documents the HSDS export in openapi.json', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/export.hsds.zip']).toBeDefined();
  });

  it('refuses something that is not an HSDS package with a sentence', () => {
    expect(() => mapHsdsPackage(source('clinic-list.csv'), { jurisdiction: 'nb', services: [] })).toThrow(
      /not a zip file/,
    );
  });
});

describe('import:all', () => {
  it('imports the sources it finds and names the files it does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-all-'));
    const ctx = await testContext();
    try {
      copyFileSync(
        join(FIXTURES, 'sources', 'workbc-centres.geojson'),
        join(dir, 'workbc-centres-2021.geojson'),
      );
      const results = await importAll(ctx, dir, { dryRun: false, publishedBy: 'test' });
      expect(results.map((r) => [r.source, r.status])).toEqual([
        ['service-canada', 'missing'],
        ['workbc', 'imported'],
        ['odef', 'missing'],
      ]);
      expect(results[0]).toMatchObject({ file: join(dir, 'service-canada-offices-2024-02.csv') });
      expect(ctx.index.current.points.map((p) => p.jurisdiction)).toEqual(['bc', 'bc', 'bc']);
    } finally {
      await ctx.store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run import (CLI)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli/import.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
    });

  it('--dry-run --json reports the summary and the rows left out, and publishes nothing', async () => {
    const { stdout } = await run([
      'service-canada',
      join(FIXTURES, 'sources', 'service-canada-offices.csv'),
      '--dry-run',
      '--json',
    ]);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      jurisdiction: 'fed-esdc',
      dry_run: true,
      published_version: null,
      source_rows: 8,
    });
    expect(report.summary.valid).toBe(6);
    expect(report.left_out.map((l: { id: string }) => l.id)).toEqual(['SK-Z01', 'ON-Z04']);
  }, 60_000);

  it('import:all says plainly when the source folder is absent, and exits cleanly', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/import-all.ts'), '--dir', join(dataDir, 'no-such-folder')],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } },
    );
    expect(stdout).toMatch(/^No source folder at .*no-such-folder: nothing imported\./);
  }, 60_000);

  it('says which sources exist when given an unknown one', async () => {
    await expect(run(['nowhere', 'file.csv'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Sources: service-canada, workbc, odef, hsds, mapping'),
    });
  }, 60_000);
});
