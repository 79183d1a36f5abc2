/**
 * npm run --silent ingest -- <jurisdiction-id> <file.csv> [--dry-run] [--json] [--lang en|fr]
 * Validates a canonical (or messy) CSV and publishes it as the jurisdiction's new version, through the same
 * pipeline as uploads. --dry-run shows the summary and errors without publishing; --json prints JSON only;
 * --lang writes the issue messages in English (the default) or French.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/issue-text/catalogue.ts';
import { preview, publishPreview } from '../services/ingest.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { fail, openCliContext } from './open-context.ts';

const USAGE =
  'Usage: npm run --silent ingest -- <jurisdiction-id> <file.csv> [--dry-run] [--json] [--lang en|fr]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const [jurisdiction, file] = positionals;
  if (!jurisdiction || !file) fail(`Missing argument. ${USAGE}`, 2);
  const lang = values.lang as Lang;
  if (!LANGS.includes(lang))
    fail(`--lang: expected ${LANGS.join(' or ')}, got "${values.lang}". ${USAGE}`, 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`Cannot read ${file}: ${(e as Error).message}`, 2);
  }
  const ctx = await openCliContext('ingest command').catch((e) =>
    fail(e instanceof DataDirBusyError ? e.message : String(e)),
  );
  try {
    if (!ctx.catalog.jurisdictionById.has(jurisdiction)) {
      fail(
        `Unknown jurisdiction "${jurisdiction}". Known ids: ${ctx.catalog.jurisdictions.map((j) => j.id).join(', ')}.`,
        2,
      );
    }
    const p = await preview(ctx, { jurisdiction, bytes, fileName: basename(file), lang });
    // Never a file read only in part: publishing it would remove every published point it did not reach.
    const publishable = p.summary.valid > 0 && p.unreadableFrom === undefined;
    const version = values['dry-run'] || !publishable ? null : await publishPreview(ctx, p, 'cli');
    const result = {
      jurisdiction,
      dry_run: values['dry-run'],
      published_version: version?.version ?? null,
      base_version: p.baseVersion,
      encoding: p.encoding,
      delimiter: p.delimiter,
      summary: p.summary,
      errors: p.errors.filter((e) => e.severity === 'error'),
      warnings: p.errors.filter((e) => e.severity === 'warning'),
      // What the portal asks a steward to confirm; a scheduled run's log should show it as plainly.
      suspicious: p.suspicious,
    };
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const s = p.summary;
      console.log(
        `${file}: ${s.rows} rows, ${s.valid} valid, ${s.rejected} rejected, ${s.warnings} warnings (${p.encoding}, delimiter "${p.delimiter}")`,
      );
      console.log(
        `against version ${p.baseVersion ?? 'none'}: +${s.added} added, ~${s.changed} changed, -${s.removed} removed, =${s.unchanged} unchanged`,
      );
      for (const e of p.errors)
        console.log(`  ${e.severity === 'error' ? 'ERROR  ' : 'warning'} ${e.message}`);
      for (const c of p.suspicious) console.log(`  CHECK   ${c.message}`);
      if (version) console.log(`published ${jurisdiction} version ${version.version}`);
      else if (values['dry-run']) console.log('dry run: nothing published');
      else if (p.unreadableFrom !== undefined)
        console.log(`the file could not be read from row ${p.unreadableFrom} on: nothing published`);
      else console.log('no valid rows: nothing published');
    }
    if (!version && !values['dry-run']) process.exitCode = 1;
  } finally {
    await ctx.store.close();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
