import { en, type MessageKey } from './en.ts';
import type { I18n } from './i18n.tsx';

/**
 * A language's name in the page's language (`iu` → "Inuktitut"): from the catalogues when they name it (the
 * Indigenous languages), else the browser's own names, else the code.
 */
export function languageName(code: string, i18n: Pick<I18n, 't' | 'lang'>): string {
  const key = `language.${code}`;
  if (key in en) return i18n.t(key as MessageKey);
  try {
    return new Intl.DisplayNames([i18n.lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
