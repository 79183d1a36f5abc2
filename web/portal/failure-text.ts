import type { MessageKey } from '../i18n/en.ts';
import type { I18n } from '../i18n/i18n.tsx';
import { ApiFailure } from './portal-api.ts';

/** The refusals the portal can meet, by the API's error code, written in the catalogue. */
const KNOWN = new Set([
  'unauthorized',
  'forbidden',
  'payload_too_large',
  'not_csv',
  'unsupported_media_type',
  'stale_base',
  'confirmation_required',
  'upload_expired',
  'already_published',
  'nothing_to_publish',
  'network',
]);

/**
 * Why a request failed, in the reader's language: the catalogue's sentence for a code it knows (the API writes
 * its messages in English), else the API's own message, which names exactly what was wrong.
 */
export function failureText(e: unknown, t: I18n['t']): string {
  if (e instanceof ApiFailure && KNOWN.has(e.code)) {
    const limit = (e.details as { limit_mb?: number } | undefined)?.limit_mb;
    return t(`portal.failure.${e.code}` as MessageKey, { limit: limit ?? '?' });
  }
  return e instanceof Error ? e.message : String(e);
}
