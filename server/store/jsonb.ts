/** A lone surrogate (half of a character outside the BMP), which no UTF-8 text can hold. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const storable = (s: string) => s.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '\u2400');

/**
 * JSON text for a `jsonb` parameter: every one the store writes goes through it. jsonb refuses two things a
 * steward's text may hold, in a value (a message quoting a cell) or a key (a column mapping's header): U+0000
 * (`unsupported Unicode escape sequence`), stored as U+2400 SYMBOL FOR NULL, the character that shows one; and a
 * lone surrogate, stored as U+FFFD as UTF-8 would.
 */
export const jsonb = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string') return storable(v);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [storable(k), x]));
  });
