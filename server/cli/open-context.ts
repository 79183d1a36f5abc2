import '../v8-tuning.ts';
import { join } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../config.ts';
import { loadReference } from '../reference/load-reference.ts';
import { type AppContext, createContext, loadCatalog } from '../services/app-context.ts';
import { openStore } from '../store/open-store.ts';

/** The same context the server builds, for a CLI command (it takes the embedded database's lock). */
export async function openCliContext(role: string): Promise<AppContext> {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, role });
  return createContext({
    catalog: loadCatalog(join(PROJECT_ROOT, 'data')),
    reference: loadReference(config.referenceDir),
    store,
    maxUploadBytes: config.maxUploadBytes,
  });
}

/** Prints a message for the operator and exits non-zero: CLI errors are sentences, not stack traces. */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}
