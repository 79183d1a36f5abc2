import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, parseCatalog } from '../core/catalog.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import type { Store } from '../store/store.ts';
import { PreviewCache } from './preview-cache.ts';
import { PublishedIndex } from './published-index.ts';

/** Everything a request handler or a CLI command needs, built once. */
export interface AppContext {
  catalog: Catalog;
  reference: ReferenceData;
  store: Store;
  index: PublishedIndex;
  previews: PreviewCache;
  maxUploadBytes: number;
}

export function loadCatalog(dataDir: string): Catalog {
  return parseCatalog(
    readFileSync(join(dataDir, 'jurisdictions.csv'), 'utf8'),
    readFileSync(join(dataDir, 'services.csv'), 'utf8'),
  );
}

export async function createContext(parts: Omit<AppContext, 'index' | 'previews'>): Promise<AppContext> {
  const index = new PublishedIndex(parts.store);
  await index.refresh();
  return { ...parts, index, previews: new PreviewCache() };
}
