import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { JurisdictionSchema, ServicePointSchema, ServiceSchema } from '../core/schemas.ts';

/** Response schemas of the API, registered as OpenAPI components. */

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi('Error');

export const PointFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    properties: ServicePointSchema.extend({
      distance_m: z.number().optional(),
      /** /nearest only: open status now, on the point's own clock (see core/open-status.ts). */
      open_now: z.boolean().nullable().optional(),
      next_change: z.string().nullable().optional(),
      timezone: z.string().optional(),
    }),
  })
  .openapi('PointFeature');

export const PointCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(PointFeatureSchema) })
  .openapi('PointCollection');

export const JurisdictionListSchema = z
  .object({ jurisdictions: z.array(JurisdictionSchema.extend({ points: z.number().int() })) })
  .openapi('JurisdictionList');

export const ServiceListSchema = z.object({ services: z.array(ServiceSchema) }).openapi('ServiceList');

export const errorResponses = {
  400: { description: 'Invalid parameter', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * A 200 whose JSON body is already written (`featureCollectionJson`), answered as `c.json` would answer it and
 * typed as the JSON of `schema`: the text is held to equal `JSON.stringify` of that value by a unit test, which the
 * cast cannot check.
 */
export function jsonText<T extends z.ZodType>(
  c: Context,
  _schema: T,
  text: string,
): TypedResponse<z.output<T>, 200, 'json'> {
  c.header('Content-Type', 'application/json');
  return c.body(text, 200) as unknown as TypedResponse<z.output<T>, 200, 'json'>;
}
