import { foldText } from '../text.ts';

/** Common civic-address words and their abbreviations (EN and FR), folded to one form. */
const WORDS: Record<string, string> = {
  street: 'st',
  str: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  boul: 'blvd',
  bd: 'blvd',
  drive: 'dr',
  place: 'pl',
  court: 'ct',
  crescent: 'cres',
  highway: 'hwy',
  route: 'rte',
  rue: 'rue',
  chemin: 'ch',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  nord: 'n',
  sud: 's',
  est: 'e',
  ouest: 'o',
};

/**
 * A normalised civic-address key for "same building" checks: accents, case, punctuation and street-type
 * spellings folded (`50 Government Place` = `50 government pl.`), unit numbers (`Suite 200`, `unit 3`,
 * `bureau 12`, `#4`) dropped, the city appended. Empty when the address has no civic number, because
 * a street name alone does not identify a building.
 */
export function addressKey(address: string, city: string): string {
  const folded = foldText(address.replace(/#\s*\w+/g, ' ').replace(/,/g, ' '))
    .replace(/\b(suite|unit|bureau|room|salle|local|ste|apt)\s*\w+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => WORDS[w] ?? w)
    .join(' ');
  if (!/\d/.test(folded)) return '';
  return `${folded}|${foldText(city)}`;
}
