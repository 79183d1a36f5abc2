import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Upload tokens look like `pcsm_<id>_<secret>`. The id finds the row; only a SHA-256 of the secret is stored,
 * and the comparison is constant-time so the response time says nothing about how much of a guess was right.
 */
export interface IssuedToken {
  id: string;
  secret: string;
  token: string;
  secretHash: string;
}

export function issueToken(): IssuedToken {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { id, secret, token: `pcsm_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseToken(token: string): { id: string; secret: string } | undefined {
  const m = /^pcsm_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$/.exec(token.trim());
  return m?.[1] && m[2] ? { id: m[1], secret: m[2] } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
