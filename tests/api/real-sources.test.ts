import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineM } from '../../server/core/geo/distance.ts';
import type { PointFeature } from '../../server/core/geojson.ts';
import { mapHsdsPackage } from '../../server/importers/hsds.ts';
import { defaultSourcesDir, type ImportAllResult, importAll } from '../../server/importers/import-all.ts';
import type { ImportReport } from '../../server/importers/run-import.ts';
import { runImport } from '../../server/importers/run-import.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { ROOT, testApp, testContext } from '../helpers/context.ts';
import { hsdsFields, validateHsdsZip } from '../helpers/hsds.ts';

const SOURCES = defaultSourcesDir(ROOT);
// The real files sit beside the project on these machines; with CI=true they must be there.
const present = existsSync(SOURCES) || process.env.CI === 'true';

describe.skipIf(!present)('npm run import:all on the real published files (../shared/data/sources)', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  let results: ImportAllResult[];
  const report = (source: string): ImportReport => {
    const r = results.find((x) => x.source === source);
    if (r?.status !== 'imported') throw new Error(`${source} was not imported`);
    return r.report;
  };
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
    results = await importAll(ctx, SOURCES, { dryRun: false, publishedBy: 'test' });
  }, 120_000);
  afterAll(() => ctx.store.close());

  const nearest = async (query: string) => {
    const res = await app.request(`/api/v1/nearest?${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { features: PointFeature[] }).features.map((f) => f.properties);
  };

  it('publishes Service Canada, WorkBC and ODEF, and lists every row left out with its reason', () => {
    expect(results.map((r) => [r.source, r.status])).toEqual([
      ['service-canada', 'imported'],
      ['workbc', 'imported'],
      ['odef', 'imported'],
    ]);
    const sc = report('service-canada');
    expect(sc.published_version).toBe(1);
    expect(sc.source_rows).toBe(595);
    // Every source row is either published or listed as left out.
    expect(sc.summary.valid + sc.left_out.length).toBe(595);
    expect(sc.left_out.length).toBe(104);
    expect(sc.left_out.every((l) => /no coordinates and no postal code/.test(l.reason))).toBe(true);

    const wb = report('workbc');
    expect(wb).toMatchObject({ published_version: 1, source_rows: 102, left_out: [] });
    expect(wb.summary.valid).toBe(102);
    // Two centres add "In Person Services by appointment only": noted, their weekly hours kept.
    expect(wb.notes.map((n) => n.id).sort()).toEqual(['p107', 'p28']);

    const odef = report('odef');
    expect(odef.published_version).toBe(1);
    expect(odef.summary.valid + odef.left_out.length).toBe(18_944);
    expect(odef.summary.valid).toBeGreaterThan(15_000);
  });

  it('flags every Service Canada point approximate, and keeps WorkBC points building-level', () => {
    const sc = ctx.index.current.points.filter((p) => p.jurisdiction === 'fed-esdc');
    expect(sc.length).toBe(491);
    expect(sc.every((p) => p.approximate)).toBe(true);
    const wb = ctx.index.current.points.filter((p) => p.jurisdiction === 'bc');
    expect(wb.every((p) => !p.approximate && p.hours !== '')).toBe(true);
  });

  it('places an office the source put at a far postal area’s centre at its own town instead', () => {
    // The source puts Slave Lake's centre at its FSA T0G's centre, 113 km from the town.
    const slaveLake = ctx.index.current.get('fed-esdc:4750');
    expect(slaveLake).toBeDefined();
    const km = haversineM(slaveLake?.lon ?? 0, slaveLake?.lat ?? 0, -114.76896, 55.28344) / 1000;
    expect(km).toBeLessThan(5);
    expect(report('service-canada').notes.some((n) => n.id === '4750')).toBe(true);
  });

  it('finds the Yellowknife centre as the nearest Service Canada point to FSA X1A', async () => {
    const x1a = ctx.reference.fsaCentroids.get('X1A');
    expect(x1a).toBeDefined();
    const [first] = await nearest(`lat=${x1a?.lat}&lon=${x1a?.lon}&jurisdiction=fed-esdc&limit=1`);
    expect(first).toMatchObject({ id: 'fed-esdc:4901', name_en: 'Yellowknife Service Canada Centre' });
  });

  it('answers open/closed for WorkBC centres on a weekday morning and a Sunday (wall-clock time at each centre)', async () => {
    // Campbell River (p1): Mo,Tu,Th,Fr 08:30-16:30. Port Hardy (p2): We, Th, Fr only.
    const campbellRiver = 'lat=50.0240613&lon=-125.2434889';
    const portHardy = 'lat=50.7205817&lon=-127.4978505';
    const tuesdayMorning = 'open_at=2026-11-24T10:00';
    expect((await nearest(`${campbellRiver}&jurisdiction=bc&limit=1&${tuesdayMorning}`))[0]?.id).toBe(
      'bc:p1',
    );
    const openNearPortHardy = await nearest(`${portHardy}&jurisdiction=bc&limit=5&${tuesdayMorning}`);
    expect(openNearPortHardy.length).toBeGreaterThan(0);
    expect(openNearPortHardy.map((p) => p.id)).not.toContain('bc:p2');
    expect((await nearest(`${portHardy}&jurisdiction=bc&limit=1&open_at=2026-11-26T10:00`))[0]?.id).toBe(
      'bc:p2',
    );
    // No WorkBC centre opens on Sundays.
    expect(await nearest(`${campbellRiver}&jurisdiction=bc&limit=100&open_at=2026-11-29T11:00`)).toEqual([]);
    // Nor at 07:00 on a weekday, before any centre opens.
    expect(await nearest(`${campbellRiver}&jurisdiction=bc&limit=100&open_at=2026-11-24T07:00`)).toEqual([]);
  });

  it('exports the real data as HSDS 3.0 that validates and imports back to the same points', async () => {
    const res = await app.request('/api/v1/export.hsds.zip');
    expect(res.status).toBe(200);
    const zip = new Uint8Array(await res.arrayBuffer());
    const tables = validateHsdsZip(zip);
    expect(tables.location.length).toBe(ctx.index.current.points.length);
    const fresh = await testContext();
    try {
      for (const j of ['fed-esdc', 'bc', 'demo-odef']) {
        const imported = await runImport(
          fresh,
          mapHsdsPackage(zip, { jurisdiction: j, services: ctx.catalog.services }),
          {
            source: 'hsds',
            jurisdiction: j,
            fileName: 'export.hsds.zip',
            dryRun: false,
            publishedBy: 'test',
          },
        );
        expect(imported.left_out).toEqual([]);
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        const before = ctx.index.current.points
          .filter((p) => p.jurisdiction === j)
          .map(hsdsFields)
          .sort(byId);
        const after = fresh.index.current.points
          .filter((p) => p.jurisdiction === j)
          .map(hsdsFields)
          .sort(byId);
        expect(after).toEqual(before);
      }
    } finally {
      await fresh.store.close();
    }
  }, 120_000);
});
