import pg from 'pg';
import { PointIndex } from '../../server/core/geo/point-index.ts';
import { type Figure, stats } from '../lib/measure.ts';
import { seededQueries, seededServicePoints } from '../lib/points.ts';

/** Loads the seeded points into a PostGIS table with a GiST index, in a fresh database on the bench server. */
export async function loadPostgis(adminUrl: string, n: number): Promise<pg.Client> {
  const name = `bench_${n}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const client = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, `/${name}`) });
  await client.connect();
  listenNotices(client);
  await client.query('create extension postgis');
  await client.query('create table pts (id text primary key, jurisdiction text, geom geometry(Point, 4326))');
  const points = seededServicePoints(n);
  for (let i = 0; i < points.length; i += 10_000) {
    const chunk = points.slice(i, i + 10_000);
    await client.query(
      `insert into pts select x.id, x.j, st_setsrid(st_makepoint(x.lon, x.lat), 4326)
       from jsonb_to_recordset($1::jsonb) as x(id text, j text, lon float8, lat float8)`,
      [JSON.stringify(chunk.map((p) => ({ id: p.id, j: p.jurisdiction, lon: p.lon, lat: p.lat })))],
    );
  }
  await client.query('create index pts_geom on pts using gist (geom)');
  await client.query('analyze pts');
  return client;
}

/**
 * nearest-5 in-process against PostGIS `<->` KNN on a GiST index. PostGIS is timed two ways: per query as a
 * client sees it (round trip on 127.0.0.1), and inside the server (a PL/pgSQL loop), its best case.
 */
export async function postgisNearestFigures(adminUrl: string, sizes: number[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of sizes) {
    const client = await loadPostgis(adminUrl, n);
    const queries = seededQueries(1000, 9);
    const index = new PointIndex(seededServicePoints(n));
    const ours: number[] = [];
    const clientSide: number[] = [];
    const serverSide: number[] = [];
    for (let r = 0; r < 3; r++) {
      let t = performance.now();
      for (const [lon, lat] of queries) index.nearest(lon, lat, 5);
      ours.push(((performance.now() - t) * 1000) / queries.length);
      t = performance.now();
      for (const [lon, lat] of queries.slice(0, 300)) {
        await client.query(
          'select id from pts order by geom <-> st_setsrid(st_makepoint($1, $2), 4326) limit 5',
          [lon, lat],
        );
      }
      clientSide.push(((performance.now() - t) * 1000) / 300);
      const res = await client.query(
        `do $$ declare t0 timestamptz := clock_timestamp(); q record; r record; begin
           for q in select * from jsonb_to_recordset($j$${JSON.stringify(queries.map(([lon, lat]) => ({ lon, lat })))}$j$::jsonb) as x(lon float8, lat float8) loop
             for r in select id from pts order by geom <-> st_setsrid(st_makepoint(q.lon, q.lat), 4326) limit 5 loop end loop;
           end loop;
           raise notice 'elapsed %', extract(epoch from clock_timestamp() - t0);
         end $$`,
      );
      void res;
      serverSide.push(await lastNotice(client));
    }
    await client.end();
    const perQueryServer = stats(serverSide.map((s) => (s * 1e6) / queries.length));
    figures.push({
      name: 'nearest-5 vs PostGIS KNN (server-side)',
      size: n,
      value: stats(ours),
      unit: 'µs/query',
      baseline: { name: 'PostGIS <-> GiST, inside the server', value: perQueryServer },
      ratio: perQueryServer.median / stats(ours).median,
      ratioLabel: '× faster',
      target: 'faster per query',
      met: stats(ours).median < perQueryServer.median,
      note: `PostGIS as a client sees it (round trip on 127.0.0.1): ${stats(clientSide).median.toFixed(0)} µs/query`,
    });
  }
  return figures;
}

const notices = new WeakMap<pg.Client, number[]>();

async function lastNotice(client: pg.Client): Promise<number> {
  return notices.get(client)?.pop() ?? Number.NaN;
}

/** Collects `raise notice 'elapsed %'` values (seconds) from a client. */
export function listenNotices(client: pg.Client) {
  const list: number[] = [];
  notices.set(client, list);
  client.on('notice', (m) => {
    const v = /elapsed ([\d.]+)/.exec(m.message ?? '');
    if (v) list.push(Number(v[1]));
  });
}
