import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeInPieces } from '../../server/core/csv/decode-bytes.ts';

describe('Windows-1252 decoding', () => {
  // "Bureau d’Ottawa – Œuvre €", the apostrophe, dash, Œ and € at 0x92, 0x96, 0x8C, 0x80; then é (0xE9).
  const bytes = Uint8Array.from([
    ...Buffer.from('Bureau d', 'latin1'),
    0x92,
    ...Buffer.from('Ottawa ', 'latin1'),
    0x96,
    0x20,
    0x8c,
    ...Buffer.from('uvre ', 'latin1'),
    0x80,
    0x20,
    0xe9,
    0x81,
  ]);

  it('reads 0x80–0x9F as Windows-1252 characters, not as Latin-1 control codes', () => {
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('windows-1252');
    // 0x81 is unassigned in Windows-1252: it stays U+0081, as the WHATWG decoder leaves it.
    expect(text).toBe('Bureau d’Ottawa – Œuvre € é\u0081');
  });

  it('gives the same text piece by piece, however the file is cut', () => {
    for (const size of [1, 3, 7, 1 << 18])
      expect([...decodeInPieces(bytes, size).pieces].join(''), `pieces of ${size}`).toBe(
        decodeBytes(bytes).text,
      );
  });
});
