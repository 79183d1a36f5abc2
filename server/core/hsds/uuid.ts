import { createHash } from 'node:crypto';

/** Our namespace for name-based UUIDs (RFC 4122 §4.3): the same name gives the same id on every export. */
const NAMESPACE = Buffer.from('6f1c3e52a9b84d0e9c1b2f4a7d3e8c55', 'hex');

/**
 * A UUID version 5 for `name` in the project's namespace. HSDS ids are UUIDs; deriving them from our stable ids
 * (`location:fed-esdc:4901`) keeps them stable across exports, so a consumer can sync by id.
 */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
