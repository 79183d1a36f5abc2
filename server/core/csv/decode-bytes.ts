/** Turns uploaded bytes into text, detecting the encodings stewards' spreadsheets actually save. */

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
 * Decodes UTF-8 (with or without BOM) and falls back to Windows-1252 when the bytes are not valid UTF-8, so
 * `é`, `è`, `ô`, `ç` survive either way. Rejects binary files with a message that says what was recognised.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) {
      throw new NotTextError(sig.kind, `This file looks like a ${sig.kind}, not a CSV file.`);
    }
  }
  const probe = bytes.subarray(0, 65536);
  if (probe.includes(0)) {
    throw new NotTextError('binary', 'This file contains binary data (NUL bytes), not CSV text.');
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
