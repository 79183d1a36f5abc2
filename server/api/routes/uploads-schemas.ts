/** The OpenAPI schemas of an upload (its preview) and of a published version. */
import { z } from '@hono/zod-openapi';

export const UploadSchema = z
  .object({
    id: z.string(),
    status: z.enum(['previewed', 'published', 'expired']),
    jurisdiction: z.string(),
    base_version: z.number().int().nullable(),
    published_version: z.number().int().nullable(),
    file_name: z.string(),
    file_hash: z.string(),
    created_at: z.string(),
    encoding: z.string().optional(),
    delimiter: z.string().optional(),
    header: z.array(z.string()).optional().openapi({ description: "The file's own header cells, in order." }),
    unreadable_from: z.number().int().nullable().openapi({
      description:
        'The row from which the file could not be read (1: no recognisable column in its header; else a quote never closed), or null. Such an upload cannot be published (422 `unreadable_file`).',
    }),
    summary: z.record(z.string(), z.unknown()),
    errors: z.array(z.unknown()).openapi({
      description:
        'Problems that leave a row out (or the whole file): `{ row, column, code, message, severity }`.',
    }),
    warnings: z
      .array(z.unknown())
      .openapi({ description: 'Notes that keep the row (approximate location, ignored column).' }),
    diff: z
      .object({
        added: z.array(z.string()),
        changed: z.array(z.object({ id: z.string(), fields: z.array(z.string()), moved_m: z.number() })),
        removed: z.array(z.string()),
      })
      .optional(),
    suspicious: z.array(z.unknown()),
    needs_confirmation: z.boolean(),
  })
  .openapi('Upload');

export const VersionSchema = z
  .object({
    version: z.number().int(),
    published_at: z.string(),
    published_by: z.string().openapi({ description: 'The id of the upload token that published it.' }),
    published_by_label: z.string().optional().openapi({
      description:
        'The label of that token (who holds it), only in an answer to a request with a live token of this jurisdiction: a label may name a person, so the public history shows the token id alone. Left out when the token has no label.',
    }),
    file_name: z.string(),
    file_hash: z.string(),
    summary: z.record(z.string(), z.unknown()),
    restored_from: z.number().int().nullable(),
  })
  .openapi('Version');
