import type { ServicePoint } from '../core/schemas.ts';
import { writePointData, writeUtf8 } from './point-codec.ts';

/**
 * Writes `s` (ASCII: an id or a number) in COPY's text format, where backslash, tab and newlines are the only
 * special bytes; text with anything else is written by `Buffer.write` (UTF-8).
 */
function writeCopyText(buf: Buffer, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x5c || c === 0x09 || c === 0x0a || c === 0x0d) {
      return writeUtf8(buf, at, copyEscaped(s.slice(i)));
    }
    buf[at++] = c;
  }
  return at;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyEscaped = (s: string) => s.replace(/[\\\t\n\r]/g, (x) => COPY_ESCAPES[x] ?? x);

/** Bytes of COPY text per chunk: large enough to amortise a write, small enough that the server starts early. */
const CHUNK_BYTES = 1 << 20;
/** Room past `CHUNK_BYTES` for the row that crosses it; a larger row starts a chunk or has a buffer of its own. */
const ROW_ROOM = 1 << 16;

/**
 * A version's points as COPY text, one buffer per ~`CHUNK_BYTES`, produced as the driver asks: each row written
 * straight into the buffer as bytes (see `writePointData`), no string made on the way. `afterLast` runs when the
 * driver asks for more after the last chunk: it has taken every byte, which the server is still working through.
 */
export function* copyChunks(
  jurisdiction: string,
  version: number,
  points: readonly ServicePoint[],
  afterLast?: () => void,
) {
  const prefix = Buffer.from(`${copyEscaped(jurisdiction)}\t${version}\t`);
  let i = 0;
  while (i < points.length) {
    // A fresh buffer per chunk: the driver may still be sending the last one.
    const buf = Buffer.allocUnsafe(CHUNK_BYTES + ROW_ROOM);
    let at = 0;
    while (i < points.length && at < CHUNK_BYTES) {
      const p = points[i] as ServicePoint;
      const end = writeRow(buf, at, prefix, p);
      if (end <= buf.length) at = end;
      else if (at > 0)
        break; // written again at the start of the next chunk
      else {
        // Larger than a chunk: in a buffer of its own, as large as the first try said it needs.
        const own = Buffer.allocUnsafe(end);
        yield own.subarray(0, writeRow(own, 0, prefix, p));
      }
      i++;
    }
    if (at > 0) yield buf.subarray(0, at);
  }
  afterLast?.();
}

/** One row in COPY text: the prefix (jurisdiction and version), source id, lat, lon, data, newline. */
function writeRow(buf: Buffer, at: number, prefix: Buffer, p: ServicePoint): number {
  for (let k = 0; k < prefix.length; k++) buf[at++] = prefix[k] as number;
  at = writeCopyText(buf, at, p.source_id);
  buf[at++] = 0x09;
  at = writeCopyText(buf, at, String(p.lat));
  buf[at++] = 0x09;
  at = writeCopyText(buf, at, String(p.lon));
  buf[at++] = 0x09;
  at = writePointData(buf, at, p, true);
  buf[at++] = 0x0a;
  return at;
}
