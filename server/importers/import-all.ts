import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppContext } from '../services/app-context.ts';
import { type ImportReport, runImport } from './run-import.ts';
import { REAL_SOURCES } from './sources.ts';
import { townLocator } from './town-locator.ts';

/** `../shared/data/sources` beside the project root, where the real publishers' files sit on these machines. */
export function defaultSourcesDir(projectRoot: string): string {
  return resolve(projectRoot, '..', 'shared', 'data', 'sources');
}

export type ImportAllResult =
  | { source: string; status: 'imported'; report: ImportReport }
  | { source: string; status: 'missing'; file: string };

/** Imports every real source found in `dir`, one after the other; a missing file is reported, not an error. */
export async function importAll(
  ctx: AppContext,
  dir: string,
  options: { dryRun: boolean; publishedBy: string },
): Promise<ImportAllResult[]> {
  const results: ImportAllResult[] = [];
  for (const source of REAL_SOURCES) {
    const file = join(dir, source.file);
    if (!existsSync(file)) {
      results.push({ source: source.name, status: 'missing', file });
      continue;
    }
    const report = await runImport(ctx, source.map(readFileSync(file), townLocator(ctx.reference)), {
      source: source.name,
      jurisdiction: source.jurisdiction,
      fileName: source.file,
      dryRun: options.dryRun,
      publishedBy: options.publishedBy,
    });
    results.push({ source: source.name, status: 'imported', report });
  }
  return results;
}
