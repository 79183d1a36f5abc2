import OpeningHours from 'opening_hours';

/** Wraps the `opening_hours` package (OpenStreetMap syntax). Canada-wide holidays are used for `PH`. */

const CANADA = { lat: 45.42, lon: -75.7, address: { country_code: 'ca', state: '' } };

/** Parses an `opening_hours` string, or returns the parser's message. */
export function parseHours(
  value: string,
): { ok: true; hours: OpeningHours } | { ok: false; message: string } {
  try {
    return { ok: true, hours: new OpeningHours(value, CANADA) };
  } catch (e) {
    return { ok: false, message: String(e).replace(/\s+/g, ' ').trim() };
  }
}
