/**
 * npm run --silent token -- create <jurisdiction-id> [--label <text>]   prints a new upload token and nothing else
 * npm run --silent token -- list                                         tokens, without their secrets
 * npm run --silent token -- revoke <token-id>
 */
import { parseArgs } from 'node:util';
import { issueToken } from '../core/tokens.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { fail, openCliContext } from './open-context.ts';

const USAGE =
  'Usage: npm run --silent token -- create <jurisdiction-id> [--label <text>] | list | revoke <token-id>';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { label: { type: 'string', default: '' } },
  });
  const [command, arg] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) fail(USAGE, 2);
  if (command !== 'list' && !arg) fail(`Missing argument. ${USAGE}`, 2);
  const ctx = await openCliContext('token command').catch((e) =>
    fail(e instanceof DataDirBusyError ? e.message : String(e)),
  );
  try {
    if (command === 'create' && arg) {
      if (!ctx.catalog.jurisdictionById.has(arg)) {
        fail(
          `Unknown jurisdiction "${arg}". Known ids: ${ctx.catalog.jurisdictions.map((j) => j.id).join(', ')}.`,
          2,
        );
      }
      const t = issueToken();
      await ctx.store.createToken({
        id: t.id,
        jurisdiction: arg,
        secretHash: t.secretHash,
        label: values.label ?? '',
      });
      console.log(t.token);
    } else if (command === 'list') {
      const tokens = await ctx.store.listTokens();
      if (tokens.length === 0)
        console.log('No tokens. Create one with: npm run --silent token -- create <jurisdiction-id>');
      for (const t of tokens) {
        console.log(
          `${t.id}  ${t.jurisdiction.padEnd(14)} created ${t.created_at}${t.revoked_at ? `  REVOKED ${t.revoked_at}` : ''}${t.label ? `  ${t.label}` : ''}`,
        );
      }
    } else if (command === 'revoke' && arg) {
      if (await ctx.store.revokeToken(arg)) console.log(`Token ${arg} revoked.`);
      else fail(`No live token has id "${arg}" (see: npm run --silent token -- list).`);
    }
  } finally {
    await ctx.store.close();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
