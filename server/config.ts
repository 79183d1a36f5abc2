import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultReferenceDir } from './reference/load-reference.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./var'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  REFERENCE_DATA_DIR: z.string().min(1).optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(20),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  referenceDir: string | undefined;
  maxUploadBytes: number;
}

/** Reads the configuration from environment variables, with a message that names the variable on a mistake. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(PROJECT_ROOT, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    referenceDir: e.REFERENCE_DATA_DIR
      ? resolve(PROJECT_ROOT, e.REFERENCE_DATA_DIR)
      : defaultReferenceDir(PROJECT_ROOT),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
  };
}
