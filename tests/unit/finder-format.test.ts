import { describe, expect, it } from 'vitest';
import { formatDistance, needsRecheck, readableHours } from '../../web/finder/format.ts';
import { en, type MessageKey } from '../../web/i18n/en.ts';
import { fr } from '../../web/i18n/fr.ts';

// The same interpolation and number format the I18nProvider uses, over the real catalogues.
const i18n = (lang: 'en' | 'fr') => ({
  t: (key: MessageKey, vars: Record<string, string | number> = {}) =>
    (lang === 'fr' ? fr : en)[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k])),
  n: (v: number, digits = 0) =>
    new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: digits }).format(v),
});

describe('finder formatting', () => {
  it('formats distances for the locale: 12.5 km in English, 12,5 km in French, metres below 1 km', () => {
    const e = i18n('en');
    const f = i18n('fr');
    expect(formatDistance(12_480, e.t, e.n)).toBe('12.5 km');
    expect(formatDistance(12_480, f.t, f.n)).toBe('12,5 km');
    expect(formatDistance(842, e.t, e.n)).toBe('840 m');
    expect(formatDistance(1_078_000, e.t, e.n)).toBe('1,078 km');
    expect(formatDistance(1_078_000, f.t, f.n)).toMatch(/^1[\u202f\u00a0 ]078 km$/);
  });

  it('reads opening_hours rules aloud in each language', () => {
    expect(readableHours('Mo-Fr 08:30-16:30; PH off', 'en', i18n('en').t)).toEqual([
      'Monday–Friday 08:30–16:30',
      'public holidays closed',
    ]);
    expect(readableHours('We[2] 09:30-14:30', 'fr', i18n('fr').t)).toEqual([
      'deuxième mercredi du mois 09:30–14:30',
    ]);
  });

  it('flags a point verified more than a year ago, or never, for re-check', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(needsRecheck('2026-01-10', now)).toBe(false);
    expect(needsRecheck('2025-11-01', now)).toBe(true);
    expect(needsRecheck('', now)).toBe(true);
  });
});
