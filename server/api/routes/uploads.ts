import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { languageDetector } from 'hono/language';
import { PROJECT_ROOT } from '../../config.ts';
import { NotTextError } from '../../core/csv/decode-bytes.ts';
import { LANGS, type Lang } from '../../core/issue-text/catalogue.ts';
import type { AppContext } from '../../services/app-context.ts';
import { previewErrorReport } from '../../services/ingest.ts';
import { createUpload, diffFeatures, findUpload, publishUpload, uploadBody } from '../../services/uploads.ts';
import { ownToken, requireToken } from '../auth.ts';
import { ApiError, errorBody } from '../errors.ts';
import { subApp } from '../openapi-app.ts';
import { ErrorSchema, json } from '../schemas.ts';
import { checkMapping, readUploadBody } from './uploads-body.ts';
import { UploadSchema, VersionSchema } from './uploads-schemas.ts';

const bearer = [{ bearerAuth: [] as string[] }];
const csvText = (description: string) => ({ description, content: { 'text/csv': { schema: z.string() } } });

/** Data refresh: uploads (preview), publish, versions and restore, column mappings, template. */
export function uploadRoutes(ctx: AppContext) {
  const jurisdictionParam = z
    .string()
    .refine((id) => ctx.catalog.jurisdictionById.has(id), {
      error: (iss) =>
        `Unknown jurisdiction "${String(iss.input)}": see /api/v1/jurisdictions for the ids (on, fed-esdc, mun-peel…).`,
    })
    .openapi({ param: { name: 'id', in: 'path' }, example: 'on' });
  const uploadParams = z.object({
    id: jurisdictionParam,
    uploadId: z.string().openapi({ param: { name: 'uploadId', in: 'path' } }),
  });
  const limitMb = Math.round((ctx.maxUploadBytes / 1024 / 1024) * 10) / 10;

  const app = subApp();
  app.use(
    '/jurisdictions/:id/uploads',
    bodyLimit({
      maxSize: ctx.maxUploadBytes,
      onError: (c) =>
        c.json(
          errorBody(
            'payload_too_large',
            `The file is larger than the ${limitMb} MB limit (MAX_UPLOAD_MB). Split it by region, or ask the administrator to raise the limit.`,
            { limit_mb: limitMb },
          ),
          413,
        ),
    }),
  );
  // The language of the row issues: `?lang=`, else the browser's Accept-Language, else English.
  app.use(
    '/jurisdictions/:id/uploads',
    languageDetector({
      order: ['querystring', 'header'],
      lookupQueryString: 'lang',
      supportedLanguages: [...LANGS],
      fallbackLanguage: 'en',
      caches: false,
    }),
  );

  return app
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions/{id}/whoami',
        summary: 'Checks an upload token against a jurisdiction (the data portal signs in with it)',
        security: bearer,
        request: { params: z.object({ id: jurisdictionParam }) },
        responses: {
          200: json(
            z.object({ token_id: z.string(), jurisdiction: z.string() }),
            'The token is valid for this jurisdiction.',
          ),
          401: json(ErrorSchema, 'No or invalid token.'),
          403: json(ErrorSchema, "Another jurisdiction's token."),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const token = await requireToken(ctx, c, id);
        return c.json({ token_id: token.id, jurisdiction: token.jurisdiction }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/jurisdictions/{id}/uploads',
        summary: 'Upload a CSV: validate and diff against the published version, without publishing',
        description:
          "Body: the CSV as `text/csv`, or `multipart/form-data` with a `file` field (and optionally `mapping`, a JSON column mapping). UTF-8 or Windows-1252; comma, semicolon or tab; French or English headers. Rows with errors are left out and listed with their spreadsheet row number; valid rows can be published. Needs the jurisdiction's upload token.",
        security: bearer,
        request: {
          params: z.object({ id: jurisdictionParam }),
          query: z.object({
            file_name: z.string().optional().openapi({
              description: 'The file name to record in the history (a `text/csv` body has none).',
            }),
            lang: z
              .enum(LANGS, {
                error: (iss) =>
                  `lang: expected ${LANGS.map((l) => `"${l}"`).join(' or ')} (the language of the issue messages), got "${String(iss.input)}". Leave it out to follow Accept-Language.`,
              })
              .optional()
              .openapi({
                description:
                  'The language of the row and file issue messages; without it, the `Accept-Language` header decides, then English.',
              }),
          }),
          body: { content: { 'text/csv': { schema: z.string() } } },
        },
        responses: {
          201: json(UploadSchema, 'The preview: summary, row errors, diff, suspicious changes.'),
          401: json(ErrorSchema, 'No or invalid token.'),
          403: json(ErrorSchema, "Another jurisdiction's token."),
          413: json(ErrorSchema, 'Body larger than MAX_UPLOAD_MB.'),
          415: json(ErrorSchema, 'Not a CSV file.'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const token = await requireToken(ctx, c, id);
        const body = await readUploadBody(c);
        try {
          const lang = c.get('language') as Lang;
          const result = await createUpload(ctx, { jurisdiction: id, ...body, tokenId: token.id, lang });
          return c.json(result, 201);
        } catch (e) {
          if (e instanceof NotTextError) {
            throw new ApiError(
              415,
              'not_csv',
              `${e.message} In your spreadsheet, use "Save as" → "CSV UTF-8 (comma delimited)" and upload that file.`,
            );
          }
          throw e;
        }
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions/{id}/uploads/{uploadId}',
        summary: 'An upload and its preview',
        security: bearer,
        request: { params: uploadParams },
        responses: { 200: json(UploadSchema, 'The upload.'), 404: json(ErrorSchema, 'No such upload.') },
      }),
      async (c) => {
        const { id, uploadId } = c.req.valid('param');
        await requireToken(ctx, c, id);
        const { record, preview } = await findUpload(ctx, id, uploadId);
        return c.json(uploadBody(record, preview), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions/{id}/uploads/{uploadId}/errors.csv',
        summary: "The steward's file back, every row, with an `error` column saying what to fix",
        security: bearer,
        request: { params: uploadParams },
        responses: {
          200: csvText('CSV report.'),
          404: json(ErrorSchema, 'No such upload.'),
          410: json(ErrorSchema, 'Preview expired.'),
        },
      }),
      async (c) => {
        const { id, uploadId } = c.req.valid('param');
        await requireToken(ctx, c, id);
        const { preview } = await findUpload(ctx, id, uploadId);
        if (!preview)
          throw new ApiError(
            410,
            'upload_expired',
            'This preview is no longer kept. Upload the file again to get a new report.',
          );
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header(
          'Content-Disposition',
          `attachment; filename="errors-${preview.fileName.replace(/[^\w.-]/g, '_')}"`,
        );
        return c.body(`\uFEFF${previewErrorReport(preview)}\r\n`, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions/{id}/uploads/{uploadId}/diff.geojson',
        summary: 'The changes of a preview as GeoJSON (`properties.change`: added, changed, removed)',
        security: bearer,
        request: { params: uploadParams },
        responses: {
          200: json(
            z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
            'GeoJSON.',
          ),
        },
      }),
      async (c) => {
        const { id, uploadId } = c.req.valid('param');
        await requireToken(ctx, c, id);
        const { preview } = await findUpload(ctx, id, uploadId);
        if (!preview)
          throw new ApiError(410, 'upload_expired', 'This preview is no longer kept. Upload the file again.');
        return c.json(diffFeatures(preview), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/jurisdictions/{id}/uploads/{uploadId}/publish',
        summary: "Publish a preview as the jurisdiction's new version (one transaction)",
        description:
          'A preview with suspicious changes (a point moved > 1 km, > 20 % of points removed, a jump in closed sites) needs `?confirm=true`, else 409 `confirmation_required`. If another version was published since the preview, 409 `stale_base`.',
        security: bearer,
        request: {
          params: uploadParams,
          query: z.object({
            confirm: z
              .enum(['true', 'false'])
              .optional()
              .openapi({
                param: { name: 'confirm', in: 'query' },
                description: 'Confirm suspicious changes.',
              }),
          }),
        },
        responses: {
          200: json(VersionSchema, 'The new version.'),
          409: json(ErrorSchema, '`confirmation_required`, `stale_base` or `already_published`.'),
          410: json(ErrorSchema, 'Preview expired: upload again.'),
        },
      }),
      async (c) => {
        const { id, uploadId } = c.req.valid('param');
        const token = await requireToken(ctx, c, id);
        const v = await publishUpload(ctx, id, uploadId, {
          confirm: c.req.valid('query').confirm === 'true',
          tokenId: token.id,
        });
        const { jurisdiction: _, ...version } = v;
        return c.json(version, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions/{id}/versions',
        summary: "A jurisdiction's published versions, newest first (public)",
        description:
          'Public. With `Authorization: Bearer <token>` of a live token of this jurisdiction, each version also names the token that published it by its label (`published_by_label`); any other token gets the public answer.',
        request: { params: z.object({ id: jurisdictionParam }) },
        responses: {
          200: json(
            z.object({ published_version: z.number().int().nullable(), versions: z.array(VersionSchema) }),
            'History.',
          ),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const labels = (await ownToken(ctx, c, id)) ? await tokenLabels(ctx, id) : new Map<string, string>();
        const versions = (await ctx.store.versions(id)).map(({ jurisdiction: _, ...v }) => {
          const label = labels.get(v.published_by);
          return label ? { ...v, published_by_label: label } : v;
        });
        // The labels depend on the token sent: a cache must not hand one steward's answer to the public.
        c.header('Vary', 'Authorization');
        return c.json({ published_version: await ctx.store.publishedVersion(id), versions }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/jurisdictions/{id}/versions/{version}/restore',
        summary: 'Roll back: publish a copy of an earlier version as a new version',
        security: bearer,
        request: {
          params: z.object({
            id: jurisdictionParam,
            version: z
              .string()
              .regex(/^\d+$/, 'Expected a version number such as 3.')
              .openapi({ param: { name: 'version', in: 'path' }, example: '1' }),
          }),
        },
        responses: {
          200: json(VersionSchema, 'The new version.'),
          404: json(ErrorSchema, 'No such version.'),
        },
      }),
      async (c) => {
        const { id, version } = c.req.valid('param');
        const token = await requireToken(ctx, c, id);
        // Versions are counted from 1 in a 32-bit column: a larger number names no version (and the database
        // would refuse it as a parameter).
        if (Number(version) > 2_147_483_647)
          throw new ApiError(404, 'not_found', `Jurisdiction ${id} has no version ${version}.`);
        const { jurisdiction: _, ...v } = await ctx.store.restore(id, Number(version), token.id);
        ctx.index.replace(id, {
          version: v.version,
          publishedAt: v.published_at,
          points: await ctx.store.versionPoints(id, v.version),
          validated: false, // read back from the store: the next upload checks every row
        });
        return c.json(v, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jurisdictions/{id}/mapping',
        summary: "The jurisdiction's saved column mapping (its headers → template columns)",
        request: { params: z.object({ id: jurisdictionParam }) },
        responses: {
          200: json(
            z.object({ mapping: z.record(z.string(), z.string()) }),
            'The mapping (empty when none).',
          ),
        },
      }),
      async (c) => c.json({ mapping: (await ctx.store.getMapping(c.req.valid('param').id)) ?? {} }, 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/jurisdictions/{id}/mapping',
        summary: 'Save the column mapping used for this jurisdiction’s uploads',
        security: bearer,
        request: {
          params: z.object({ id: jurisdictionParam }),
          body: {
            content: {
              // Strict: a field it does not know (`defaults`, a typo of `mapping`) is refused, never dropped unsaid.
              'application/json': {
                schema: z.object({ mapping: z.record(z.string(), z.string()) }).strict(),
              },
            },
            required: true,
          },
        },
        responses: {
          200: json(z.object({ mapping: z.record(z.string(), z.string()) }), 'Saved.'),
          400: json(ErrorSchema, 'Invalid mapping.'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        await requireToken(ctx, c, id);
        const mapping = checkMapping(c.req.valid('json').mapping);
        await ctx.store.setMapping(id, mapping);
        return c.json({ mapping }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/template.csv',
        summary: 'The canonical CSV template (header and two example rows)',
        responses: { 200: csvText('The template.') },
      }),
      (c) => {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header('Content-Disposition', 'attachment; filename="service-points-template.csv"');
        // With a byte order mark, as every CSV the app writes: Excel then reads it as UTF-8 ("itinérant", not
        // "itinÃ©rant").
        return c.body(
          `\uFEFF${readFileSync(join(PROJECT_ROOT, 'data', 'template.csv'), 'utf8').replace(/^\uFEFF/, '')}`,
          200,
        );
      },
    );
}

/** The labels of a jurisdiction's tokens by token id, revoked ones too (the versions they published stay). */
async function tokenLabels(ctx: AppContext, jurisdiction: string): Promise<Map<string, string>> {
  const tokens = await ctx.store.listTokens();
  return new Map(
    tokens.filter((t) => t.jurisdiction === jurisdiction && t.label).map((t) => [t.id, t.label]),
  );
}
