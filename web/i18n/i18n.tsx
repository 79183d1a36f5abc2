import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export type Lang = 'en' | 'fr';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** The keys with a `.one` and an `.other` form, named without the suffix (see `tp`). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

function initialLang(): Lang {
  const param = new URLSearchParams(window.location.search).get('lang');
  if (param === 'fr' || param === 'en') return param;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /**
   * A message about `count` things, in the singular or plural form the language's rules call for (French says
   * « 0 ligne », English "0 rows"); `{count}` is the number formatted for the language.
   */
  tp: (key: PluralKey, count: number, vars?: Record<string, string | number>) => string;
  /** Locale-aware number formatting (`12,5` in French). */
  n: (value: number, digits?: number) => string;
  /** Picks the `_en` or `_fr` field of a record from the data. */
  pick: (record: { name_en: string; name_fr: string }) => string;
}

const Ctx = createContext<I18n | null>(null);

/** Holds the language; keeps `?lang=` and `<html lang>` in sync with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = CATALOGUES[lang]['app.title'];
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') !== lang) {
      url.searchParams.set('lang', lang);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [lang]);
  const t = useCallback(
    (key: MessageKey, vars: Record<string, string | number> = {}) =>
      (CATALOGUES[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
        String(vars[name] ?? `{${name}}`),
      ),
    [lang],
  );
  const value = useMemo<I18n>(() => {
    const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
    const n = (v: number, digits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(v);
    const plural = new Intl.PluralRules(locale);
    return {
      lang,
      setLang,
      t,
      tp: (key, count, vars = {}) =>
        t(`${key}.${plural.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, {
          ...vars,
          count: n(count),
        }),
      n,
      pick: (r) => (lang === 'fr' ? r.name_fr || r.name_en : r.name_en || r.name_fr),
    };
  }, [lang, t]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
