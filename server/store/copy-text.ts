import type { ServicePoint } from '../core/schemas.ts';
import { pointDataBound, writePointData } from './point-codec.ts';

/**
 * Writes `s` (ASCII: an id or a number) in COPY's text format, where backslash, tab and newlines are the only
 * special bytes; text with anything else is written by `Buffer.write` (UTF-8).
 */
function writeCopyText(buf: Buffer, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x5c || c === 0x09 || c === 0x0a || c === 0x0d) {
      const rest = s.slice(i).replace(/[\\\t\n\r]/g, (x) => COPY_ESCAPES[x] ?? x);
      return at + buf.write(rest, at);
    }
    buf[at++] = c;
  }
  return at;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Bytes of COPY text per chunk: large enough to amortise a write, small enough that the server starts early. */
const CHUNK_BYTES = 1 << 20;

/**
 * A version's points as COPY text, one buffer per ~`CHUNK_BYTES`, produced as the driver asks: each row written
 * straight into the buffer as bytes (see `writePointData`), no string made on the way.
 */
export function* copyChunks(jurisdiction: string, version: number, points: readonly ServicePoint[]) {
  const prefix = Buffer.from(
    `${jurisdiction.replace(/[\\\t\n\r]/g, (x) => COPY_ESCAPES[x] ?? x)}\t${version}\t`,
  );
  let i = 0;
  while (i < points.length) {
    // A fresh buffer per chunk: the driver may still be sending the last one.
    const buf = Buffer.allocUnsafe(CHUNK_BYTES + 4096);
    let at = 0;
    while (i < points.length) {
      const p = points[i] as ServicePoint;
      // Three bytes a UTF-16 code unit of the id at most, and 25 for each coordinate.
      const bound = prefix.length + 3 * p.source_id.length + 2 * 25 + 4 + pointDataBound(p);
      if (at + bound > buf.length) {
        if (at > 0) break;
        yield rowAlone(prefix, p, bound);
        i++;
        continue;
      }
      at = writeRow(buf, at, prefix, p);
      i++;
      if (at >= CHUNK_BYTES) break;
    }
    if (at > 0) yield buf.subarray(0, at);
  }
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

/** A row too large for a chunk's buffer (cells of tens of kilobytes), in a buffer of its own. */
function rowAlone(prefix: Buffer, p: ServicePoint, bound: number) {
  const buf = Buffer.allocUnsafe(bound);
  return buf.subarray(0, writeRow(buf, 0, prefix, p));
}
