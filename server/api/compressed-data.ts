import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { PublishedIndex } from '../services/published-index.ts';

/** Answers smaller than this are sent as they are: compressing them saves less than it costs. */
const MIN_BYTES = 32 * 1024;
/** Compressed answers kept, the latest first out; each is about a tenth of its JSON. */
const KEPT = 8;

type Encoding = 'br' | 'gzip';

/** Headers this middleware writes itself, or that describe the uncompressed bytes. */
const SET_HERE = new Set(['content-length', 'content-encoding', 'vary']);

/** The encoding to send: brotli when the client takes it, else gzip, else none. */
function encodingFor(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set(acceptEncoding?.split(',').map((e) => e.split(';')[0]?.trim()));
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// On libuv's thread pool, so other requests are answered meanwhile. Brotli at quality 4 and gzip at level 6: the
// map's 29 MB of JSON for 100k points took 200 ms to 2.8 MB and 162 ms to 3.3 MB, once per published state (brotli
// at quality 5: 377 ms and no smaller; measured).
const compress = (body: Buffer, encoding: Encoding): Promise<Buffer> =>
  encoding === 'br'
    ? brotli(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipped(body, { level: 6 });

/**
 * Compresses the large data answers (every point, the exports) for clients that accept it, and keeps the result
 * for as long as the published data is the same: an answer here depends only on its URL and the published state
 * (`index.stamp`), so the next request for it is the kept bytes, with neither the JSON nor its compression made
 * again. 100k points are 29 MB of JSON for the map and ~3 MB as brotli; a phone on a slow line waits for the
 * difference. Small answers, refusals and clients that take no compression get the handler's answer unchanged.
 */
export function compressedData(index: PublishedIndex): MiddlewareHandler {
  const kept = new Map<string, { body: Buffer; headers: [string, string][] }>();
  return async (c, next) => {
    const encoding = c.req.method === 'GET' ? encodingFor(c.req.header('accept-encoding')) : undefined;
    if (!encoding) return next();
    const key = `${index.stamp}\u0000${encoding}\u0000${c.req.url}`;
    let answer = kept.get(key);
    if (!answer) {
      await next();
      if (c.res.status !== 200) return;
      const plain = Buffer.from(await c.res.clone().arrayBuffer());
      if (plain.length < MIN_BYTES) return;
      // The answer's own headers (its type, an export's file name) go with the kept bytes.
      const headers = [...c.res.headers].filter(([h]) => !SET_HERE.has(h));
      for (const k of kept.keys())
        if (!k.startsWith(`${index.stamp}\u0000`) || kept.size >= KEPT) kept.delete(k);
      answer = { body: await compress(plain, encoding), headers };
      kept.set(key, answer);
    }
    for (const [h, v] of answer.headers) c.header(h, v);
    c.header('Content-Encoding', encoding);
    c.header('Vary', 'Accept-Encoding', { append: true });
    const { buffer, byteOffset, byteLength } = answer.body;
    c.res = c.body(new Uint8Array(buffer as ArrayBuffer, byteOffset, byteLength), 200);
  };
}
