/** The issue messages in English: what was expected, what arrived, and what to do. */
import type { IssueText } from './catalogue.ts';

const CANADA_LAT = 'a latitude between 41.6 and 83.2';
const CANADA_LON = 'a longitude between -141 and -52.5';

export const en: IssueText = {
  lang: 'en',
  quote: (cell) => `"${cell}"`,
  rowColumn: (row, column, message) => `Row ${row}, column ${column}: ${message}`,

  unterminatedQuote: (row) =>
    `Row ${row}: a quoted cell is never closed, so everything after it reads as one cell. Close the quote (") or remove it, then upload again.`,
  noRecognisableColumn: (examples, got) =>
    `No recognisable column in the header: expected columns such as ${examples}, lat, lon (or their French names), got "${got}". Use the template, or save a column mapping for this file.`,
  unknownColumn: (column) =>
    `Column "${column}" is not part of the template and will be ignored. Rename it or map it to a template column if it holds data you want published.`,
  raggedRow: (row, cells, headerCells, delimiter) =>
    `Row ${row} has ${cells} cells but the header has ${headerCells}. A cell probably contains the delimiter "${delimiter === '\t' ? 'tab' : delimiter}" without quotes: quote that cell or remove the extra delimiter.`,

  expected: {
    postal_code: 'a Canadian postal code such as K1A 0B1',
    phone: 'a 10-digit phone number such as 613-555-0100 (an extension may follow: "ext. 12")',
    email: 'an e-mail address such as info@example.ca',
    url: 'a web address starting with https:// or http://',
    date: 'a date written YYYY-MM-DD, such as 2026-03-31',
    decimal_point: 'a decimal number such as 45.4215',
    decimal_comma: 'a decimal number such as 45,4215',
  },
  addScheme: (cell) => `add "https://" in front: https://${cell}`,
  badFormat: (expected, got, hint) => `expected ${expected}, got ${got}${hint ? ` — ${hint}` : ''}.`,
  unknownCode: (got, valid, suggestion) =>
    `${got} is not a known code. Expected one of ${valid.join(', ')}${suggestion ? ` — did you mean "${suggestion}"?` : '.'}`,
  tooLong: (max, length) => `expected at most ${max} characters, got ${length}. Shorten the cell.`,
  nulCharacter:
    'expected text, got a NUL character (an invisible byte that a damaged export or a paste from another program leaves behind). Delete it from the cell.',
  idRequired:
    'every row needs an id, your own stable identifier for the site (for example "ott-001"). Add one.',
  nameRequired: 'a site needs a name in English (name_en) or French (name_fr). Add at least one.',
  unknownProvince: (codes, got) => `expected a two-letter province or territory code (${codes}), got ${got}.`,
  invalidHours: (got, detail) =>
    `expected opening hours in OpenStreetMap syntax such as "Mo-Fr 08:30-16:30; PH off", got ${got} (${detail}).`,
  duplicateId: (id, firstRow) =>
    `id "${id}" already appears on row ${firstRow}. Each site needs its own id: change one of them or remove the duplicate row.`,

  unknownFsa: (fsa) =>
    `no coordinates, and the postal code's area (${fsa}) is not in the reference FSA list. Add lat and lon.`,
  noLocation: 'a site needs coordinates (lat and lon) or a postal code. Add either.',
  approximate: (row, fsa) =>
    `Row ${row}: no coordinates, so the site is placed at the centre of postal area ${fsa} and marked approximate. Add lat and lon for an exact position.`,
  latMissing: 'lon is given but lat is empty. Add the latitude.',
  lonMissing: 'lat is given but lon is empty. Add the longitude.',
  swapped: (lat) =>
    `expected ${CANADA_LAT} (Canada), got ${lat} — latitude and longitude look swapped. Exchange the lat and lon cells.`,
  minusMissing: (lon) =>
    `expected ${CANADA_LON} (Canada, west of Greenwich, so negative), got ${lon} — the minus sign looks missing.`,
  outsideCanada: (lat, lon) =>
    `the point (${lat}, ${lon}) is outside Canada: expected ${CANADA_LAT} and ${CANADA_LON}. Check the coordinates.`,
  outsideProvince: (lat, lon, actual, expected) =>
    `the point (${lat}, ${lon}) is ${actual ? `in ${actual}` : 'outside any province'}, but the site belongs to ${expected}. Check the coordinates (or the province column).`,

  postalOutsideProvince: (fsa, actual, expected) =>
    `postal area ${fsa} is in ${actual}, but the site belongs to ${expected}. Check the postal code, or add lat and lon.`,
  provinceMismatch: (given, expected) =>
    `province ${given} is not this jurisdiction's (${expected}), where all its sites are. Fix the province, or leave it empty.`,

  moved: (id, km) => `${id} moves ${km.toFixed(1)} km. Check its coordinates.`,
  massRemoval: (removed, published, percent) =>
    `${removed} of the ${published} published points (${percent} %) would be removed. Is the file complete?`,
  closuresJump: (before, after) => `Closed sites go from ${before} to ${after}. Check the status column.`,
  missingColumn: (column, erased) =>
    `The file has no ${column} column: the ${column} of ${erased} published site${erased === 1 ? '' : 's'} would be erased. Add the column, or confirm that it is meant.`,
};
