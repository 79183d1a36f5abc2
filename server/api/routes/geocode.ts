import { createRoute, z } from '@hono/zod-openapi';
import { Geocoder } from '../../core/geocode.ts';
import type { AppContext } from '../../services/app-context.ts';
import { subApp } from '../openapi-app.ts';
import { strictQuery } from '../point-query.ts';
import { errorResponses, json } from '../schemas.ts';

const CandidateSchema = z
  .object({
    label: z.string(),
    lat: z.number(),
    lon: z.number(),
    kind: z.enum(['fsa', 'place']),
    uncertainty_m: z.number().int(),
    approximate: z.boolean(),
    rural: z.boolean(),
    province: z.string(),
    name: z.string(),
    fsa: z.string().optional(),
    postal_code: z.string().optional(),
    population: z.number().int().optional(),
  })
  .openapi('GeocodeCandidate');

/** The contract's answer is the bare list of candidates (PRODUCT.md); how the query was read goes in a header. */
const GeocodeResultSchema = z.array(CandidateSchema).openapi('GeocodeCandidates');

/** `GET /geocode?q=`: postal codes, FSAs and place names (EN/FR, accents optional) from the reference data. */
export function geocodeRoutes(ctx: AppContext) {
  // Built once per app from the reference data loaded at start-up (~75 ms), then every lookup is in memory.
  let geocoder: Geocoder | undefined;
  const get = () => {
    geocoder ??= new Geocoder(ctx.reference);
    return geocoder;
  };
  return subApp().openapi(
    createRoute({
      method: 'get',
      path: '/geocode',
      summary: 'Find a position from a postal code, an FSA or a place name',
      description:
        'Postal codes resolve to the centroid of their forward sortation area (FSA), the only open data: the ' +
        'candidate is `approximate` and `uncertainty_m` says how far off it may be. A rural FSA (second ' +
        'character `0`) is `rural`: ask for the community name too. Place names match GeoNames populated ' +
        'places and gazetteer, in English or French, with or without accents, optionally followed by a ' +
        'province (`Trois-Rivières, QC`). An unknown or malformed query answers 200 with no candidates; ' +
        'the `X-Interpreted-As` header says how it was read (postal_code, fsa, place, malformed_postal_code, empty).',
      request: {
        query: strictQuery({
          q: z
            .string({ error: 'Missing q: expected a postal code (K1A 0B1), an FSA (K1A) or a place name.' })
            .max(200, { error: 'Invalid q: expected at most 200 characters.' })
            .openapi({
              param: { name: 'q', in: 'query' },
              description: 'A postal code, an FSA or a place name.',
              example: 'Trois-Rivières',
            }),
        }),
      },
      responses: {
        200: {
          ...json(GeocodeResultSchema, 'Best candidates first (at most 8).'),
          headers: z.object({
            'X-Interpreted-As': z.string().openapi({ description: 'How the query was read.' }),
          }),
        },
        ...errorResponses,
      },
    }),
    (c) => {
      const result = get().geocode(c.req.valid('query').q);
      c.header('X-Interpreted-As', result.interpreted_as);
      return c.json(result.candidates, 200);
    },
  );
}
