import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../web/i18n/en.ts';
import { fr } from '../../web/i18n/fr.ts';
import { failureText } from '../../web/portal/failure-text.ts';
import { ApiFailure } from '../../web/portal/portal-api.ts';

const tIn = (catalogue: Record<MessageKey, string>) => (key: MessageKey) => catalogue[key];

describe('a refusal in the steward’s language', () => {
  it('words every refusal the portal can meet from the catalogue, not the API’s English', () => {
    for (const code of [
      'invalid_mapping',
      'several_files',
      'malformed_multipart',
      'unreadable_file',
      'unauthorized',
    ]) {
      const refusal = new ApiFailure(400, code, 'An English message from the API.');
      const french = failureText(refusal, tIn(fr));
      expect(french, code).not.toBe('An English message from the API.');
      expect(french, code).not.toBe(failureText(refusal, tIn(en)));
    }
  });

  it('falls back to the API’s own message for a refusal it has no words for', () => {
    expect(failureText(new ApiFailure(400, 'something_new', 'Exactly what was wrong.'), tIn(fr))).toBe(
      'Exactly what was wrong.',
    );
  });
});
