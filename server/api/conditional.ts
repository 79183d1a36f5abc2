import type { MiddlewareHandler } from 'hono';
import type { PublishedIndex } from '../services/published-index.ts';

const MINUTE = 60_000;

/**
 * Conditional GETs for the open-data API: a weak ETag that changes with every publish, and Last-Modified from
 * the latest publish. A client that sends either back gets 304 until the data changes.
 *
 * `perMinute`, for answers that also depend on the time (`/nearest` says whether each place is open now): the
 * validators change every minute as well, the granularity of opening hours, so a client revalidating after a
 * place has opened or closed gets the new answer instead of a 304 for the old one.
 */
export function conditionalGet(
  index: PublishedIndex,
  options: { perMinute?: boolean } = {},
): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const minute = options.perMinute ? Math.floor(Date.now() / MINUTE) * MINUTE : 0;
    const etag = options.perMinute ? `W/"${index.stamp}-${minute / MINUTE}"` : `W/"${index.stamp}"`;
    const lastModified = Math.max(index.lastModified.getTime(), minute);
    const seconds = Math.floor(lastModified / 1000) * 1000;
    const ifNoneMatch = c.req.header('if-none-match');
    const ifModifiedSince = c.req.header('if-modified-since');
    const fresh = ifNoneMatch
      ? // If-None-Match compares weakly (RFC 9110 §13.1.2): `"x"` matches `W/"x"`.
        ifNoneMatch.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag.slice(2))
      : ifModifiedSince !== undefined &&
        !Number.isNaN(Date.parse(ifModifiedSince)) &&
        Date.parse(ifModifiedSince) >= seconds;
    if (fresh) {
      c.header('ETag', etag);
      return c.body(null, 304);
    }
    // Set before the handler runs, so they go into the response it makes. Setting them on `c.res` afterwards
    // read the headers of a finished response, ~10 µs of a /nearest answer (measured); only a refusal pays that.
    c.header('ETag', etag);
    c.header('Last-Modified', new Date(seconds).toUTCString());
    c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    await next();
    if (c.res.status !== 200)
      for (const h of ['ETag', 'Last-Modified', 'Cache-Control']) c.res.headers.delete(h);
  };
}
