import type { MessageKey } from '../i18n/en.ts';
import type { I18n } from '../i18n/i18n.tsx';
import { ApiFailure } from './portal-api.ts';

/** The refusals the portal can meet, by the API's error code, and the catalogue's sentence for each. */
const KNOWN: Record<string, MessageKey> = {
  unauthorized: 'portal.failure.unauthorized',
  forbidden: 'portal.failure.forbidden',
  payload_too_large: 'portal.failure.payload_too_large',
  not_csv: 'portal.failure.not_csv',
  // A body sent with a type other than CSV: the same advice.
  unsupported_media_type: 'portal.failure.not_csv',
  stale_base: 'portal.failure.stale_base',
  confirmation_required: 'portal.failure.confirmation_required',
  upload_expired: 'portal.failure.upload_expired',
  already_published: 'portal.failure.already_published',
  nothing_to_publish: 'portal.failure.nothing_to_publish',
  network: 'portal.failure.network',
  invalid_mapping: 'portal.failure.invalid_mapping',
  several_files: 'portal.failure.several_files',
  malformed_multipart: 'portal.failure.malformed_multipart',
  unreadable_file: 'portal.failure.unreadable_file',
};

/**
 * Why a request failed, in the reader's language: the catalogue's sentence for a code it knows (the API writes
 * its messages in English), else the API's own message, which names exactly what was wrong.
 */
export function failureText(e: unknown, t: I18n['t']): string {
  const key = e instanceof ApiFailure && Object.hasOwn(KNOWN, e.code) ? KNOWN[e.code] : undefined;
  if (key) {
    const limit = ((e as ApiFailure).details as { limit_mb?: number } | undefined)?.limit_mb;
    return t(key, { limit: limit ?? '?' });
  }
  return e instanceof Error ? e.message : String(e);
}
