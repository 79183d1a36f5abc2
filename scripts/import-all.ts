/**
 * npm run import:all [-- --dir <folder>] [--dry-run] [--json]
 * Imports every real source found in ../shared/data/sources (Service Canada → fed-esdc, WorkBC → bc, ODEF →
 * demo-odef) through the ingest pipeline, and prints each import's summary with every row left out and why.
 * A source file that is absent is skipped with a message; no file at all is not an error (a fresh clone).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fail, openCliContext } from '../server/cli/open-context.ts';
import { PROJECT_ROOT } from '../server/config.ts';
import { formatReport } from '../server/importers/format-report.ts';
import { defaultSourcesDir, importAll } from '../server/importers/import-all.ts';
import { DataDirBusyError } from '../server/store/data-dir-lock.ts';

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dir = values.dir ?? defaultSourcesDir(PROJECT_ROOT);
  if (!existsSync(dir)) {
    console.log(
      `No source folder at ${dir}: nothing imported. Put the publishers' files there (see ../shared/data/README.md) or pass --dir <folder>.`,
    );
    return;
  }
  const ctx = await openCliContext('import:all command').catch((e) =>
    fail(e instanceof DataDirBusyError ? e.message : String(e)),
  );
  try {
    const results = await importAll(ctx, dir, { dryRun: values['dry-run'], publishedBy: 'cli import:all' });
    if (values.json) return console.log(JSON.stringify(results, null, 2));
    for (const r of results) {
      console.log(
        r.status === 'missing'
          ? `${r.source}: skipped, ${r.file} is not there.`
          : `${formatReport(r.report)}\n`,
      );
    }
  } finally {
    await ctx.store.close();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
