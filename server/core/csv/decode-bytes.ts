/** Turns uploaded bytes into text, detecting the encodings stewards' spreadsheets actually save. */
import { isUtf8 } from 'node:buffer';

export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

/** Thrown when the bytes are clearly not a text file (a PDF, an Excel workbook, an image…). */
export class NotTextError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

const SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: 'Excel workbook (.xlsx) or ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'Excel 97-2003 workbook (.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
];

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252, so `é`, `è`, `ô`, `ç` survive
 * either way. Rejects binary files with a message that says what was recognised.
 */
function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) {
      throw new NotTextError(sig.kind, `This file looks like a ${sig.kind}, not a CSV file.`);
    }
  }
  const probe = bytes.subarray(0, 65536);
  if (probe.includes(0)) {
    throw new NotTextError('binary', 'This file contains binary data (NUL bytes), not CSV text.');
  }
  if (!isUtf8(bytes)) return 'windows-1252';
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
}

/**
 * Windows-1252's characters at 0x80–0x9F, where it differs from Latin-1: the typographic apostrophe and quotes,
 * the dashes, `Œ`, `œ`, `€`… (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are).
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 text. Not `TextDecoder('windows-1252')`: Node 20's decodes it as Latin-1, so `d’Ottawa` came out
 * with U+0092 (a control character) in place of the apostrophe and `Œuvre` lost its `Œ` (measured, Node 20.20).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\u0080-\u009f]/.test(latin1)
    ? latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string)
    : latin1;
}

/** The whole text of a file (see `detectEncoding`), a UTF-8 byte order mark dropped. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const text =
    encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder('utf-8').decode(bytes);
  return { text, encoding };
}

/** Bytes decoded at a time by `decodeInPieces`. */
const PIECE_BYTES = 1 << 18;

/**
 * The same text as `decodeBytes`, a piece of about `pieceBytes` of the file at a time. A reader that parses piece by
 * piece never holds the whole text: at 100k rows that is 27 MB fewer at the peak of an upload, with the bytes
 * themselves still held. UTF-8 (already checked valid as a whole) is cut before a character's first byte, never
 * inside it, so each piece decodes on its own with `Buffer#toString`: 27 MB in 16-18 ms, against 34-40 ms for
 * a streaming `TextDecoder` (measured). Windows-1252 has one byte per character: any cut will do.
 */
export function decodeInPieces(
  bytes: Uint8Array,
  pieceBytes = PIECE_BYTES,
): { encoding: DetectedEncoding; pieces: Iterable<string> } {
  const encoding = detectEncoding(bytes);
  function* utf8Pieces() {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = encoding === 'utf-8-bom' ? 3 : 0;
    while (at < buf.length) {
      let end = Math.min(buf.length, at + Math.max(4, pieceBytes));
      // Back over continuation bytes (10xxxxxx) to the first byte of the character the cut would split.
      while (end < buf.length && ((buf[end] as number) & 0xc0) === 0x80) end--;
      yield buf.toString('utf8', at, end);
      at = end;
    }
  }
  function* windows1252Pieces() {
    for (let at = 0; at < bytes.length; at += pieceBytes)
      yield decodeWindows1252(bytes.subarray(at, at + pieceBytes));
  }
  return { encoding, pieces: encoding === 'windows-1252' ? windows1252Pieces() : utf8Pieces() };
}
