import OpeningHours from 'opening_hours';

/** Wraps the `opening_hours` package (OpenStreetMap syntax). Canada-wide holidays are used for `PH`. */

const CANADA = { lat: 45.42, lon: -75.7, address: { country_code: 'ca', state: '' } };

export type ParsedHours = { ok: true; hours: OpeningHours } | { ok: false; message: string };

/** The languages the parser writes its messages in (it also knows German). */
export type HoursLocale = 'en' | 'fr';

const caches: Record<HoursLocale, Map<string, ParsedHours>> = { en: new Map(), fr: new Map() };

function parseUncached(value: string, locale: HoursLocale): ParsedHours {
  try {
    // The package's defaults, spelled out (its type wants every key), and the language of its messages.
    const conf = {
      mode: 0,
      tag_key: 'opening_hours',
      map_value: false,
      warnings_severity: 4,
      locale,
    } as const;
    return { ok: true, hours: new OpeningHours(value, CANADA, conf) };
  } catch (e) {
    return { ok: false, message: String(e).replace(/\s+/g, ' ').trim() };
  }
}

/**
 * Parses an `opening_hours` string, or returns the parser's message in `locale`. Memoised: the parser costs
 * ~0.1 ms a call and a 100k-row file carries a few dozen distinct strings. Callers must not mutate the result.
 */
export function parseHours(value: string, locale: HoursLocale = 'en'): ParsedHours {
  const cache = caches[locale];
  let res = cache.get(value);
  if (!res) {
    res = parseUncached(value, locale);
    if (cache.size > 5000) cache.clear();
    cache.set(value, res);
  }
  return res;
}
