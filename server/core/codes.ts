/** Closed code lists of the canonical CSV and the API. They are part of the public contract (see PRODUCT.md). */

export const LEVELS = ['federal', 'provincial', 'territorial', 'municipal', 'indigenous'] as const;
export type Level = (typeof LEVELS)[number];

export const SITE_TYPES = [
  'centre',
  'part_time',
  'outreach',
  'mobile',
  'kiosk',
  'partner',
  'call_centre',
] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export const STATUSES = ['open', 'temporarily_closed', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const ACCESSIBILITY = [
  'step_free',
  'accessible_parking',
  'accessible_washroom',
  'hearing_loop',
  'vri',
  'wayfinding_beacon',
  'large_print',
] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];

/** Two-letter codes of the 13 provinces and territories, in Statistics Canada order. */
export const PROVINCES = [
  'nl',
  'pe',
  'ns',
  'nb',
  'qc',
  'on',
  'mb',
  'sk',
  'ab',
  'bc',
  'yt',
  'nt',
  'nu',
] as const;
export type Province = (typeof PROVINCES)[number];

/**
 * ISO 639 language codes accepted in the `languages` column: the official languages plus the Indigenous and
 * community languages in which Canadian service points actually serve people.
 */
export const LANGUAGES = [
  'en',
  'fr',
  'iu',
  'cr',
  'oj',
  'mic',
  'moh',
  'dene',
  'chp',
  'den',
  'gwi',
  'ikt',
  'bla',
  'atj',
  'nsk',
  'zh',
  'yue',
  'cmn',
  'pa',
  'es',
  'ar',
  'tl',
  'it',
  'de',
  'pt',
  'uk',
  'ru',
  'pl',
  'vi',
  'ko',
  'fa',
  'ur',
  'hi',
  'ta',
  'gu',
  'bn',
  'so',
  'ti',
  'am',
  'sw',
  'asl',
  'lsq',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Canonical CSV columns in template order. */
export const CSV_COLUMNS = [
  'id',
  'name_en',
  'name_fr',
  'site_type',
  'status',
  'address',
  'city',
  'province',
  'postal_code',
  'lat',
  'lon',
  'services',
  'languages',
  'accessibility',
  'hours',
  'phone',
  'toll_free',
  'email',
  'website',
  'online_url',
  'booking_url',
  'photo_url',
  'last_verified',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
