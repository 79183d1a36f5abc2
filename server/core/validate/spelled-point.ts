import { perFrozenList } from '../list-memo.ts';
import type { CanonicalRow, ServicePoint } from '../schemas.ts';
import { isDecimal } from './field-formats.ts';

/** A list cell as the export writes it (`a;b`). */
const joined = perFrozenList((list) => list.join(';'));

/** The coordinate `checkNumber` would read from `cell` is `n` (parsing is cheaper than formatting `n`). */
const sameNumber = (cell: string, n: number) => Number(cell) === n && isDecimal(cell);

/**
 * True when a row's cells are exactly what the app's own export writes for `p` (`pointsToCsv`): each text field as
 * it is, lists joined by `;`, coordinates any decimal spelling of the number (`45.50` for `45.5`). Every such cell
 * is a fixed point of its check (an accepted code, a normalised phone number, postal code or URL reads back as
 * itself), so validating the row — with the rules that accepted `p`, and `p` not placed from its postal code — would give `p` and no issue.
 * Any other spelling (`Ontario` for `ON`, `sin; passport` for `sin;passport`, an empty site type) is not recognised
 * here and is simply validated. Cheapest and most telling comparisons first; the coordinates, parsed, last.
 */
export function spellsPoint(c: CanonicalRow, p: ServicePoint): boolean {
  return (
    c.name_en === p.name_en &&
    c.name_fr === p.name_fr &&
    c.status === p.status &&
    c.site_type === p.site_type &&
    c.hours === p.hours &&
    c.phone === p.phone &&
    c.address === p.address &&
    c.city === p.city &&
    c.province === p.province &&
    c.postal_code === p.postal_code &&
    c.toll_free === p.toll_free &&
    c.email === p.email &&
    c.website === p.website &&
    c.online_url === p.online_url &&
    c.booking_url === p.booking_url &&
    c.photo_url === p.photo_url &&
    c.last_verified === p.last_verified &&
    c.services === joined(p.services) &&
    c.languages === joined(p.languages) &&
    c.accessibility === joined(p.accessibility) &&
    sameNumber(c.lat, p.lat) &&
    sameNumber(c.lon, p.lon)
  );
}
