import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { defaultReferenceDir, loadReference } from '../../server/reference/load-reference.ts';
import { type AppContext, createContext, loadCatalog } from '../../server/services/app-context.ts';
import { openStore, type StoreOptions } from '../../server/store/open-store.ts';

const reference = loadReference(process.env.REFERENCE_DATA_DIR ?? defaultReferenceDir(PROJECT_ROOT));

/** The real application context on a real store, as the server builds it. */
export async function benchContext(options: StoreOptions): Promise<AppContext> {
  const store = await openStore(options);
  return createContext({
    catalog: loadCatalog(join(PROJECT_ROOT, 'data')),
    reference,
    store,
    maxUploadBytes: 200 * 1024 * 1024,
  });
}

export { reference };
