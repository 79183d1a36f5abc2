import { CSV_COLUMNS, type CsvColumn } from '../codes.ts';
import { foldText } from '../text.ts';

/**
 * Header aliases, folded with {@link foldText} (so case, accents, spaces, hyphens and underscores do not matter).
 * French aliases come from PRODUCT.md; English ones are the variants spreadsheets really carry.
 */
const ALIASES: Record<CsvColumn, string[]> = {
  id: ['identifiant', 'site id', 'office id', 'code', 'no', 'numero'],
  name_en: ['nom en', 'name', 'english name', 'name english', 'nom anglais'],
  name_fr: ['nom fr', 'french name', 'name french', 'nom', 'nom francais'],
  site_type: ['type de site', 'type', 'site type'],
  status: ['statut', 'etat'],
  address: ['adresse', 'street address', 'civic address', 'adresse civique'],
  city: ['ville', 'municipality', 'municipalite', 'town', 'community', 'communaute'],
  province: ['prov', 'province territory', 'province ou territoire', 'pt'],
  postal_code: ['code postal', 'postal', 'postcode', 'zip'],
  lat: ['latitude', 'y'],
  lon: ['longitude', 'lng', 'long', 'x'],
  services: ['service', 'services offered', 'services offerts'],
  languages: ['langues', 'language', 'langue', 'languages of service', 'langues de service'],
  accessibility: ['accessibilite', 'accessibility features'],
  hours: ['heures', 'opening hours', 'heures d ouverture', 'horaire', 'opening_hours'],
  phone: ['telephone', 'tel', 'phone number'],
  toll_free: ['sans frais', 'toll free number', 'numero sans frais'],
  email: ['courriel', 'e mail', 'mail'],
  website: ['site web', 'web', 'url', 'site internet'],
  online_url: ['lien en ligne', 'online', 'online service', 'service en ligne'],
  booking_url: ['lien rendez vous', 'booking', 'appointment', 'rendez vous', 'appointments'],
  photo_url: ['photo', 'image', 'lien photo'],
  last_verified: ['derniere verification', 'verified', 'last verified date', 'date de verification'],
};

const LOOKUP = new Map<string, CsvColumn>();
for (const column of CSV_COLUMNS) {
  LOOKUP.set(foldText(column), column);
  for (const alias of ALIASES[column]) LOOKUP.set(foldText(alias), column);
}

/** A steward's saved mapping: their header (as written) → canonical column. */
export type ColumnMapping = Record<string, CsvColumn>;

/** Resolves one header cell to a canonical column, first through the saved mapping, then through the aliases. */
export function resolveHeader(header: string, mapping: ColumnMapping = {}): CsvColumn | undefined {
  const direct = mapping[header] ?? mapping[header.trim()];
  if (direct) return direct;
  const folded = foldText(header);
  for (const [from, to] of Object.entries(mapping)) if (foldText(from) === folded) return to;
  return LOOKUP.get(folded);
}
