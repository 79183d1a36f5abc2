import type { Context } from 'hono';
import { parseToken, secretMatches } from '../core/tokens.ts';
import type { AppContext } from '../services/app-context.ts';
import type { TokenRecord } from '../store/store.ts';
import { ApiError } from './errors.ts';

function refuse(
  c: Context,
  status: 401 | 403,
  code: string,
  reason: string,
  message: string,
  tokenId?: string,
): never {
  // The log names the token by its id only: the secret never reaches a log line.
  const who = c.req.header('x-forwarded-for') ?? 'direct';
  console.warn(
    `[auth] refused ${c.req.method} ${c.req.path}: ${reason}${tokenId ? ` (token id ${tokenId})` : ''} from ${who}`,
  );
  throw new ApiError(status, code, message);
}

/**
 * Checks `Authorization: Bearer <token>` against the jurisdiction being changed: no or unknown token → 401,
 * another jurisdiction's token → 403. Returns the token record for the audit trail.
 */
export async function requireToken(ctx: AppContext, c: Context, jurisdiction: string): Promise<TokenRecord> {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m?.[1]) {
    refuse(
      c,
      401,
      'unauthorized',
      'no bearer token',
      'This action needs an upload token: send "Authorization: Bearer <token>". Ask your administrator for a token of your jurisdiction (npm run --silent token -- create <jurisdiction-id>).',
    );
  }
  const parsed = parseToken(m[1]);
  const record = parsed ? await ctx.store.findToken(parsed.id) : undefined;
  if (!parsed || !record || !secretMatches(parsed.secret, record.secret_hash)) {
    refuse(
      c,
      401,
      'unauthorized',
      'unknown or malformed token',
      'The upload token is not valid. Check that it was copied whole (it starts with "pcsm_"), or ask for a new one.',
      parsed?.id,
    );
  }
  if (record.revoked_at) {
    refuse(
      c,
      401,
      'unauthorized',
      'revoked token',
      'This upload token was revoked. Ask your administrator for a new one.',
      record.id,
    );
  }
  if (record.jurisdiction !== jurisdiction) {
    refuse(
      c,
      403,
      'forbidden',
      `token of ${record.jurisdiction} used on ${jurisdiction}`,
      `This token belongs to jurisdiction "${record.jurisdiction}" and cannot change "${jurisdiction}". Use a token of "${jurisdiction}".`,
      record.id,
    );
  }
  return record;
}
