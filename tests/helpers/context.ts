import { join, resolve } from 'node:path';
import { createApp } from '../../server/api/app.ts';
import { defaultReferenceDir, loadReference } from '../../server/reference/load-reference.ts';
import type { ReferenceData } from '../../server/reference/reference-data.ts';
import { type AppContext, createContext, loadCatalog } from '../../server/services/app-context.ts';
import { openStore, type StoreOptions } from '../../server/store/open-store.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

let reference: ReferenceData | undefined;

/** The real reference data beside the project (../shared/data/reference), loaded once per test file. */
export function testReference(): ReferenceData {
  const dir = process.env.REFERENCE_DATA_DIR ?? defaultReferenceDir(ROOT);
  if (!dir)
    throw new Error(
      'The reference data (../shared/data/reference or REFERENCE_DATA_DIR) is needed by this test.',
    );
  reference ??= loadReference(dir);
  return reference;
}

/** A real context on a real store (in-memory PGlite unless options say otherwise). */
export async function testContext(options: StoreOptions = {}): Promise<AppContext> {
  const store = await openStore(options);
  return createContext({
    catalog: loadCatalog(DATA),
    reference: testReference(),
    store,
    maxUploadBytes: 20 * 1024 * 1024,
  });
}

export async function testApp(options: StoreOptions = {}) {
  const ctx = await testContext(options);
  return { ctx, app: createApp(ctx) };
}

export const enc = (s: string) => new TextEncoder().encode(s);
