import { z } from 'zod';
import { ACCESSIBILITY, CSV_COLUMNS, LEVELS, PROVINCES, SITE_TYPES, STATUSES } from './codes.ts';

/** A government (or department) that owns service points. Ids: `on`, `fed-esdc`, `mun-peel`… */
export const JurisdictionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  level: z.enum(LEVELS),
  name_en: z.string().min(1),
  name_fr: z.string().min(1),
  /** Two-letter province for sub-national jurisdictions; absent for federal ones. */
  province: z.enum(PROVINCES).optional(),
  website: z.url().optional(),
});
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** One code of the service taxonomy. Codes are lower-case kebab-case and part of the public API. */
export const ServiceSchema = z.object({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  category: z.string().min(1),
  name_en: z.string().min(1),
  name_fr: z.string().min(1),
  /** Other words people type for it, EN and FR (`NAS`, `carte santé`). */
  synonyms: z.array(z.string()),
});
export type Service = z.infer<typeof ServiceSchema>;

/**
 * A canonical CSV row as it arrives: every cell a string (empty when absent). Validation turns it into a
 * {@link ServicePoint}; this schema only fixes its shape.
 */
export const CanonicalRowSchema = z.object(
  Object.fromEntries(CSV_COLUMNS.map((c) => [c, z.string()])) as {
    [K in (typeof CSV_COLUMNS)[number]]: z.ZodString;
  },
);
export type CanonicalRow = z.infer<typeof CanonicalRowSchema>;

/** A validated service point of one jurisdiction, as stored and served. Coordinates are WGS84 degrees. */
export const ServicePointSchema = z.object({
  /** Globally unique: `<jurisdiction>:<source id>`. */
  id: z.string(),
  source_id: z.string().min(1),
  jurisdiction: z.string(),
  level: z.enum(LEVELS),
  name_en: z.string(),
  name_fr: z.string(),
  site_type: z.enum(SITE_TYPES),
  status: z.enum(STATUSES),
  address: z.string(),
  city: z.string(),
  province: z.string(),
  postal_code: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** True when the coordinates are an FSA or town centroid rather than the building. */
  approximate: z.boolean(),
  services: z.array(z.string()),
  languages: z.array(z.string()),
  accessibility: z.array(z.enum(ACCESSIBILITY)),
  hours: z.string(),
  phone: z.string(),
  toll_free: z.string(),
  email: z.string(),
  website: z.string(),
  online_url: z.string(),
  booking_url: z.string(),
  photo_url: z.string(),
  last_verified: z.string(),
  /** True for the generated sample dataset, so nobody mistakes it for real offices. */
  sample: z.boolean(),
  /** When this point last changed in a published version (ISO 8601), for incremental sync (`modified_after`). */
  modified_at: z.string(),
});
export type ServicePoint = z.infer<typeof ServicePointSchema>;

/** A row-level (or file-level, `row` 0) problem found while reading an upload. */
export const RowIssueSchema = z.object({
  /** Row number as a spreadsheet shows it: header is row 1, blank lines counted. 0 for the whole file. */
  row: z.number().int(),
  column: z.string(),
  code: z.enum([
    'required',
    'out_of_canada',
    'outside_province',
    'swapped_coordinates',
    'unknown_code',
    'invalid_hours',
    'invalid_format',
    'duplicate_id',
    'ragged_row',
    'approximate_location',
    'unknown_column',
  ]),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;
