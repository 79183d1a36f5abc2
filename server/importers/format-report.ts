import type { ImportReport } from './run-import.ts';

/** The import summary an operator reads: counts first, then every row left out and why, then the notes. */
export function formatReport(r: ImportReport): string {
  const s = r.summary;
  const lines = [
    `${r.source} → ${r.jurisdiction} (${r.file}): ${r.source_rows} source rows, ${s.valid} valid, ${r.left_out.length} left out, ${r.notes.length} notes, ${s.warnings} warnings`,
    `  against version ${r.base_version ?? 'none'}: +${s.added} added, ~${s.changed} changed, -${s.removed} removed, =${s.unchanged} unchanged`,
  ];
  for (const m of r.suspicious) lines.push(`  check: ${m}`);
  if (r.left_out.length > 0) lines.push(`  rows left out (${r.left_out.length}):`);
  for (const l of r.left_out) lines.push(`    ${l.source_row} ${l.id} "${l.name}": ${l.reason}`);
  if (r.notes.length > 0) lines.push(`  notes (${r.notes.length}):`);
  for (const n of r.notes) lines.push(`    ${n.source_row} ${n.id}: ${n.message}`);
  lines.push(
    r.published_version !== null
      ? `  published ${r.jurisdiction} version ${r.published_version}`
      : r.dry_run
        ? '  dry run: nothing published'
        : r.unchanged
          ? `  same as the published version ${r.base_version}: nothing published`
          : '  no valid rows: nothing published',
  );
  return lines.join('\n');
}
