import pg from 'pg';
import { inject } from 'vitest';

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
