import { PROVINCES } from './codes.ts';
import { foldText } from './text.ts';

/** Text rules of the geocoder: how a place name and a postal code are recognised. Pure. */

/**
 * A place name folded for matching: accents, case and punctuation gone (`foldText`), and the usual
 * abbreviations spelled out, so `St. John's`, `saint johns` and `ST JOHN'S` meet on `saint john s`.
 */
export function placeKey(name: string): string {
  return foldText(name)
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ')
    .replace(/\bjohn s\b/g, 'johns');
}

const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

/**
 * Names people type in the other official language (or the long form) for a place whose gazetteer entry is
 * spelled differently. Keys and values are {@link placeKey}s.
 */
export const PLACE_ALIASES: Record<string, string> = {
  'quebec city': 'quebec',
  'ville de quebec': 'quebec',
  'saint jean de terre neuve': 'saint johns',
  'grand sudbury': 'greater sudbury',
  'chutes niagara': 'niagara falls',
};

/** Province names (EN and FR, folded) and codes a user may add after a place name: `Trois-Rivières, QC`. */
const PROVINCE_WORDS: Record<string, string> = {
  ...Object.fromEntries(PROVINCES.map((p) => [p, p])),
  'newfoundland and labrador': 'nl',
  'terre neuve et labrador': 'nl',
  newfoundland: 'nl',
  'prince edward island': 'pe',
  'ile du prince edouard': 'pe',
  pei: 'pe',
  'nova scotia': 'ns',
  'nouvelle ecosse': 'ns',
  'new brunswick': 'nb',
  'nouveau brunswick': 'nb',
  quebec: 'qc',
  que: 'qc',
  ontario: 'on',
  ont: 'on',
  manitoba: 'mb',
  saskatchewan: 'sk',
  alberta: 'ab',
  'british columbia': 'bc',
  'colombie britannique': 'bc',
  cb: 'bc',
  yukon: 'yt',
  'northwest territories': 'nt',
  'territoires du nord ouest': 'nt',
  tno: 'nt',
  nwt: 'nt',
  nunavut: 'nu',
};

/**
 * Splits a trailing province off a folded query: `trois rivieres qc` → `{ name: 'trois rivieres', province: 'qc' }`.
 * A query that is only a province name (`quebec`) is left whole, since it is also a city.
 */
export function splitProvince(folded: string): { name: string; province?: string } {
  const words = folded.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const province = PROVINCE_WORDS[tail];
    if (province) return { name: words.slice(0, -n).join(' '), province };
  }
  return { name: folded };
}

/** Letters Canada Post never uses in a postal code (D F I O Q U), and W Z never first. */
const FSA_RE = /^[ABCEGHJKLMNPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$/;
const LDU_RE = /^\d[ABCEGHJ-NPRSTV-Z]\d$/;

export type PostalQuery =
  | { kind: 'postal_code'; fsa: string; ldu: string }
  | { kind: 'fsa'; fsa: string }
  /** It looks like a postal code (letter-digit-letter…) but is not a valid one. */
  | { kind: 'malformed_postal_code' };

/**
 * Recognises `K1A 0B1`, `k1a0b1`, `K1A-0B1` and `K1A`. Returns undefined when the query does not look like a
 * postal code at all (so it is tried as a place name).
 */
export function parsePostal(q: string): PostalQuery | undefined {
  const compact = q.toUpperCase().replace(/[\s-]+/g, '');
  if (!/^[A-Z]\d[A-Z](\d([A-Z]\d?)?)?$/.test(compact)) return undefined;
  const fsa = compact.slice(0, 3);
  const ldu = compact.slice(3);
  if (!FSA_RE.test(fsa)) return { kind: 'malformed_postal_code' };
  if (ldu === '') return { kind: 'fsa', fsa };
  if (!LDU_RE.test(ldu)) return { kind: 'malformed_postal_code' };
  return { kind: 'postal_code', fsa, ldu };
}
