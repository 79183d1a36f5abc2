import pg from 'pg';
import { inject } from 'vitest';
import { testApp } from './context.ts';

let counter = 0;

/**
 * A fresh database on the test PostgreSQL server (started by the global setup), so each test file starts empty.
 * Returns undefined, with the reason, when PostgreSQL is unavailable outside CI.
 */
export async function freshPostgresDatabase(): Promise<string | undefined> {
  const admin = inject('postgresUrl');
  if (!admin) return undefined;
  const name = `t_${process.pid}_${Date.now()}_${counter++}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return admin.replace(/\/postgres$/, `/${name}`);
}

export const postgresSkipReason = () => inject('postgresSkipReason');

export type Instance = Awaited<ReturnType<typeof testApp>>;

/** Two server instances on one fresh database: two contexts, two pools, as two processes would have. */
export async function twoInstances(): Promise<{ url: string; a: Instance; b: Instance }> {
  const url = await freshPostgresDatabase();
  if (!url) throw new Error('PostgreSQL unavailable');
  return { url, a: await testApp({ databaseUrl: url }), b: await testApp({ databaseUrl: url }) };
}
