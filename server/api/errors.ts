import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NotFoundError, StaleBaseError } from '../store/store.ts';

/** A client mistake with a stable code; the message says what was expected, what arrived and what to do. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The one place where errors become HTTP responses. Unexpected errors are logged and never leak a stack. */
export function onError(e: Error, c: Context) {
  if (e instanceof ApiError) return c.json(errorBody(e.code, e.message, e.details), e.status);
  if (e instanceof StaleBaseError) {
    return c.json(
      errorBody(
        'stale_base',
        `${e.message} Upload the file again to get a fresh preview, then publish that.`,
        {
          expected: e.expected,
          actual: e.actual,
        },
      ),
      409,
    );
  }
  if (e instanceof NotFoundError) return c.json(errorBody('not_found', e.message), 404);
  if (e instanceof HTTPException) {
    const status = e.status;
    if (status === 413) {
      return c.json(errorBody('payload_too_large', e.message || 'The request body is too large.'), 413);
    }
    // The JSON body validator's own refusals, in this API's words.
    if (status === 400 && /malformed json/i.test(e.message)) {
      return c.json(
        errorBody(
          'invalid_json',
          `Expected a JSON body (see /api/v1/openapi.json for its shape); this one is not valid JSON. Check its brackets, quotes and commas.`,
        ),
        400,
      );
    }
    if (status === 415) {
      return c.json(
        errorBody(
          'unsupported_media_type',
          `Expected a JSON body sent with Content-Type: application/json; got ${c.req.header('content-type') ? `"${c.req.header('content-type')}"` : 'no Content-Type'}.`,
        ),
        415,
      );
    }
    return c.json(errorBody(`http_${status}`, e.message || 'Request refused.'), status);
  }
  console.error(`[error] ${c.req.method} ${c.req.path}:`, e);
  return c.json(
    errorBody(
      'internal',
      'Something went wrong on our side; nothing was changed. Try again, and tell us if it persists.',
    ),
    500,
  );
}

export function notFound(c: Context) {
  return c.json(
    errorBody(
      'not_found',
      `No such endpoint: ${c.req.method} ${c.req.path}. See /api/v1/openapi.json for the list.`,
    ),
    404,
  );
}
