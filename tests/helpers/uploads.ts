import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueToken } from '../../server/core/tokens.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { FIXTURES } from './context.ts';

export const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(join(FIXTURES, 'uploads', name)));

/** Creates a real upload token for a jurisdiction, as the token CLI does. */
export async function tokenFor(ctx: AppContext, jurisdiction: string): Promise<string> {
  const t = issueToken();
  await ctx.store.createToken({ id: t.id, jurisdiction, secretHash: t.secretHash, label: 'test' });
  return t.token;
}

export interface UploadResponse {
  id: string;
  status: string;
  unreadable_from: number | null;
  summary: {
    rows: number;
    valid: number;
    rejected: number;
    added: number;
    changed: number;
    removed: number;
    unchanged: number;
    warnings: number;
  };
  errors: { row: number; column: string; code: string; message: string; severity: string }[];
  warnings: { row: number; column: string; code: string; message: string; severity: string }[];
  diff: { added: string[]; changed: { id: string; fields: string[]; moved_m: number }[]; removed: string[] };
  suspicious: { kind: string; message: string }[];
  needs_confirmation: boolean;
  encoding: string;
  delimiter: string;
}
