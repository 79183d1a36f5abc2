/**
 * npm run --silent export:hsds -- <out.zip> [--jurisdiction <id>[,<id>…]]
 * Writes the published points as an HSDS 3.0 tabular data package, the same file as GET /api/v1/export.hsds.zip.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { zipDataPackage } from '../core/hsds/data-package.ts';
import { toHsds } from '../core/hsds/to-hsds.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { fail, openCliContext } from './open-context.ts';

const USAGE = 'Usage: npm run --silent export:hsds -- <out.zip> [--jurisdiction <id>[,<id>…]]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { jurisdiction: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(USAGE);
  const [out] = positionals;
  if (!out) fail(`Missing argument. ${USAGE}`, 2);
  const ctx = await openCliContext('export:hsds command').catch((e) =>
    fail(e instanceof DataDirBusyError ? e.message : String(e)),
  );
  try {
    const wanted = values.jurisdiction?.split(',').map((s) => s.trim());
    const unknown = wanted?.filter((j) => !ctx.catalog.jurisdictionById.has(j)) ?? [];
    if (unknown.length > 0) fail(`Unknown jurisdiction ${unknown.join(', ')}.`, 2);
    const points = ctx.index.current.points.filter((p) => !wanted || wanted.includes(p.jurisdiction));
    const tables = toHsds(points, ctx.catalog);
    writeFileSync(out, zipDataPackage(tables));
    console.log(
      `${out}: ${tables.location.length} locations, ${tables.organization.length} organizations, ${tables.service.length} services (HSDS 3.0 tabular data package)`,
    );
  } finally {
    await ctx.store.close();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
