import type { Context } from 'hono';
import { parseToken, secretMatches } from '../core/tokens.ts';
import type { AppContext } from '../services/app-context.ts';
import type { TokenRecord } from '../store/store.ts';
import { ApiError } from './errors.ts';

/** The log names the token by its id only: the secret never reaches a log line. */
function log(c: Context, what: 'refused' | 'ignored', r: Refusal): void {
  const who = c.req.header('x-forwarded-for') ?? 'direct';
  console.warn(
    `[auth] ${what} ${c.req.method} ${c.req.path}: ${r.reason}${r.tokenId ? ` (token id ${r.tokenId})` : ''} from ${who}`,
  );
}

function refuse(c: Context, r: Refusal): never {
  log(c, 'refused', r);
  throw new ApiError(r.status, r.code, r.message);
}

/** Why a request's token does not let it act on a jurisdiction, in the words of the refusal. */
interface Refusal {
  status: 401 | 403;
  code: string;
  reason: string;
  message: string;
  tokenId?: string;
}

/** The request's token record when it is a live token of `jurisdiction`, else why not. */
async function checkToken(
  ctx: AppContext,
  c: Context,
  jurisdiction: string,
): Promise<{ record: TokenRecord } | { refusal: Refusal }> {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m?.[1]) {
    return {
      refusal: {
        status: 401,
        code: 'unauthorized',
        reason: 'no bearer token',
        message:
          'This action needs an upload token: send "Authorization: Bearer <token>". Ask your administrator for a token of your jurisdiction (npm run --silent token -- create <jurisdiction-id>).',
      },
    };
  }
  const parsed = parseToken(m[1]);
  const record = parsed ? await ctx.store.findToken(parsed.id) : undefined;
  if (!parsed || !record || !secretMatches(parsed.secret, record.secret_hash)) {
    return {
      refusal: {
        status: 401,
        code: 'unauthorized',
        reason: 'unknown or malformed token',
        message:
          'The upload token is not valid. Check that it was copied whole (it starts with "pcsm_"), or ask for a new one.',
        tokenId: parsed?.id,
      },
    };
  }
  if (record.revoked_at) {
    return {
      refusal: {
        status: 401,
        code: 'unauthorized',
        reason: 'revoked token',
        message: 'This upload token was revoked. Ask your administrator for a new one.',
        tokenId: record.id,
      },
    };
  }
  if (record.jurisdiction !== jurisdiction) {
    return {
      refusal: {
        status: 403,
        code: 'forbidden',
        reason: `token of ${record.jurisdiction} used on ${jurisdiction}`,
        message: `This token belongs to jurisdiction "${record.jurisdiction}" and cannot change "${jurisdiction}". Use a token of "${jurisdiction}".`,
        tokenId: record.id,
      },
    };
  }
  return { record };
}

/**
 * Checks `Authorization: Bearer <token>` against the jurisdiction being changed: no or unknown token → 401,
 * another jurisdiction's token → 403. Returns the token record for the audit trail.
 */
export async function requireToken(ctx: AppContext, c: Context, jurisdiction: string): Promise<TokenRecord> {
  const checked = await checkToken(ctx, c, jurisdiction);
  return 'record' in checked ? checked.record : refuse(c, checked.refusal);
}

/**
 * The token record when the request carries a live token of `jurisdiction`, else undefined: for a public read
 * that tells a jurisdiction's own stewards a little more. Nothing is refused; a token that is not valid (unknown,
 * malformed, revoked) is still logged, so that trying one leaves a trace. Another jurisdiction's is not: it is
 * a valid token reading public data.
 */
export async function ownToken(
  ctx: AppContext,
  c: Context,
  jurisdiction: string,
): Promise<TokenRecord | undefined> {
  if (!c.req.header('authorization')) return undefined;
  const checked = await checkToken(ctx, c, jurisdiction);
  if ('record' in checked) return checked.record;
  if (checked.refusal.status === 401) log(c, 'ignored', checked.refusal);
  return undefined;
}
