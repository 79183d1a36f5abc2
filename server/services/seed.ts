import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AppContext } from './app-context.ts';
import { preview, publishPreview } from './ingest.ts';

/**
 * Loads the sample dataset (one CSV per jurisdiction, named `<jurisdiction>.csv`) through the normal ingest
 * pipeline when nothing is published yet, so each jurisdiction's sample set is its version 1. Returns the
 * number of points published (0 when the database already had data).
 */
export async function seedIfEmpty(ctx: AppContext, sampleDir: string): Promise<number> {
  if (ctx.index.current.size > 0) return 0;
  let total = 0;
  for (const file of readdirSync(sampleDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const jurisdiction = basename(file, '.csv');
    if ((await ctx.store.publishedVersion(jurisdiction)) !== null) continue;
    const p = await preview(ctx, {
      jurisdiction,
      bytes: readFileSync(join(sampleDir, file)),
      fileName: `sample/${file}`,
      sample: true,
    });
    const errors = p.errors.filter((e) => e.severity === 'error');
    if (errors.length > 0) {
      throw new Error(
        `Sample file ${file} has errors (regenerate it with npm run sample):\n${errors.map((e) => e.message).join('\n')}`,
      );
    }
    await publishPreview(ctx, p, 'sample-seed');
    total += p.points.length;
  }
  return total;
}
