/**
 * npm run --silent import -- <source> <file> [--jurisdiction <id>] [--mapping <mapping.json>] [--dry-run] [--json]
 * Maps a publisher's file to canonical rows with that publisher's importer (server/importers/), then validates,
 * diffs and publishes it through the same pipeline as uploads. Sources: service-canada, workbc, odef, hsds, mapping.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { mapWithColumnMapping, parseMappingFile } from '../importers/column-mapping.ts';
import { formatReport } from '../importers/format-report.ts';
import { mapHsdsPackage, packageJurisdictions } from '../importers/hsds.ts';
import type { MappedSource } from '../importers/mapped-source.ts';
import { runImport } from '../importers/run-import.ts';
import { REAL_SOURCES, sourceByName } from '../importers/sources.ts';
import { townLocator } from '../importers/town-locator.ts';
import { loadCatalog } from '../services/app-context.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { fail, openCliContext } from './open-context.ts';

const SOURCES = [...REAL_SOURCES.map((s) => s.name), 'hsds', 'mapping'];
const USAGE = `Usage: npm run --silent import -- <source> <file> [--jurisdiction <id>] [--mapping <mapping.json>] [--dry-run] [--json]
Sources: ${SOURCES.join(', ')} (mapping needs --jurisdiction and --mapping; hsds needs --jurisdiction unless the package holds one jurisdiction of ours).`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jurisdiction: { type: 'string' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const [sourceName, file] = positionals;
  if (!sourceName || !file) fail(`Missing argument. ${USAGE}`, 2);
  if (!SOURCES.includes(sourceName)) fail(`Unknown source "${sourceName}". ${USAGE}`, 2);
  const real = sourceByName(sourceName);
  const bytes = readOrFail(file);
  const jurisdiction =
    values.jurisdiction ??
    real?.jurisdiction ??
    (sourceName === 'hsds' ? onlyJurisdiction(bytes) : undefined);
  if (!jurisdiction) fail(`The ${sourceName} source needs --jurisdiction <id>. ${USAGE}`, 2);
  // A real source is mapped once the context is open: its importer may place rows by the reference towns.
  let mapped: MappedSource | undefined;
  try {
    if (sourceName === 'hsds') {
      mapped = mapHsdsPackage(bytes, {
        jurisdiction,
        services: loadCatalog(join(PROJECT_ROOT, 'data')).services,
      });
    } else if (!real) {
      if (!values.mapping) fail(`The mapping source needs --mapping <mapping.json>. ${USAGE}`, 2);
      const mappingFile = parseMappingFile(readOrFail(values.mapping).toString('utf8'));
      mapped = mapWithColumnMapping(bytes, mappingFile);
    }
  } catch (e) {
    fail(`${file}: ${(e as Error).message}`);
  }
  const ctx = await openCliContext('import command').catch((e) =>
    fail(e instanceof DataDirBusyError ? e.message : String(e)),
  );
  try {
    if (!ctx.catalog.jurisdictionById.has(jurisdiction)) {
      fail(
        `Unknown jurisdiction "${jurisdiction}". Known ids: ${ctx.catalog.jurisdictions.map((j) => j.id).join(', ')}.`,
        2,
      );
    }
    if (real) {
      try {
        mapped = real.map(bytes, townLocator(ctx.reference));
      } catch (e) {
        console.error(`${file}: ${(e as Error).message}`);
        process.exitCode = 1;
        return;
      }
    }
    if (!mapped) throw new Error('no mapped source');
    const report = await runImport(ctx, mapped, {
      source: sourceName,
      jurisdiction,
      fileName: basename(file),
      dryRun: values['dry-run'],
      publishedBy: `cli import ${sourceName}`,
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    if (report.published_version === null && !values['dry-run'] && !report.unchanged) process.exitCode = 1;
  } finally {
    await ctx.store.close();
  }
}

/** A package of our own export holding one jurisdiction's points names it; several need --jurisdiction. */
function onlyJurisdiction(bytes: Uint8Array): string | undefined {
  let found: Map<string, number>;
  try {
    found = packageJurisdictions(bytes);
  } catch (e) {
    return fail((e as Error).message);
  }
  if (found.size === 1) return [...found.keys()][0];
  if (found.size > 1) {
    const list = [...found].map(([j, n]) => `${j} (${n})`).join(', ');
    fail(
      `This package holds the points of several jurisdictions: ${list}. Choose one with --jurisdiction <id>.`,
      2,
    );
  }
  return undefined;
}

function readOrFail(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    return fail(`Cannot read ${file}: ${(e as Error).message}`, 2);
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
