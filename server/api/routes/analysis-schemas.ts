import { z } from '@hono/zod-openapi';

/** Response schemas of the analyses, registered as OpenAPI components. They mirror server/core/analysis. */

const lonLat = z.tuple([z.number(), z.number()]).openapi({ description: '[lon, lat], WGS84 degrees' });

export const ColocationSiteSchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  level: z.string(),
  name_en: z.string(),
  name_fr: z.string(),
  site_type: z.string(),
  address: z.string(),
  city: z.string(),
  province: z.string(),
  lat: z.number(),
  lon: z.number(),
  services: z.array(z.string()),
});

export const ColocationGroupSchema = z
  .object({
    id: z.string(),
    points: z.array(z.string()),
    jurisdictions: z.array(z.string()),
    levels: z.array(z.string()),
    centroid: lonLat,
    max_distance_m: z.number().int(),
    same_building: z.boolean(),
    shared_services: z.array(z.string()),
    complementary_services: z.array(z.string()),
    population_10km: z.number().int(),
    score: z.number(),
    sites: z.array(ColocationSiteSchema),
  })
  .openapi('ColocationGroup');

export const SameCommunitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    province: z.string(),
    lat: z.number(),
    lon: z.number(),
    population: z.number().int(),
    jurisdictions: z.array(z.string()),
    levels: z.array(z.string()),
    points: z.array(z.string()),
    separate_pairs: z.array(z.tuple([z.string(), z.string()])),
    score: z.number(),
  })
  .openapi('SameCommunityOpportunity');

export const ColocationSchema = z
  .object({
    radius_m: z.number(),
    groups: z.array(ColocationGroupSchema),
    same_community: z.array(SameCommunitySchema),
  })
  .openapi('Colocation');

const totals = {
  total_population: z.number().int(),
  covered_population: z.number().int(),
  uncovered_population: z.number().int(),
  covered_share: z.number(),
  place_count: z.number().int(),
  uncovered_place_count: z.number().int(),
};

export const CoverageSummarySchema = z
  .object({
    max_km: z.number(),
    ...totals,
    by_province: z.array(z.object({ province: z.string(), ...totals })),
    distance_bands: z.array(
      z.object({
        from_km: z.number(),
        to_km: z.number().nullable(),
        population: z.number().int(),
        place_count: z.number().int(),
      }),
    ),
  })
  .openapi('CoverageSummary');

export const GapsSchema = CoverageSummarySchema.extend({
  places: z.array(
    z.object({
      name: z.string(),
      province: z.string(),
      population: z.number().int(),
      lat: z.number(),
      lon: z.number(),
      nearest_km: z.number().nullable(),
      nearest_point_id: z.string().nullable(),
      nearest_point_name_en: z.string().nullable(),
      nearest_point_name_fr: z.string().nullable(),
      covered: z.boolean(),
    }),
  ),
}).openapi('Gaps');

const placeChange = z.object({
  name: z.string(),
  province: z.string(),
  population: z.number().int(),
  lat: z.number(),
  lon: z.number(),
});

export const ScenarioSchema = z
  .object({
    max_km: z.number(),
    before: CoverageSummarySchema,
    after: CoverageSummarySchema,
    covered_population_change: z.number().int(),
    newly_covered: z.array(placeChange),
    newly_uncovered: z.array(placeChange),
  })
  .openapi('Scenario');

export const SuggestSchema = z
  .object({
    max_km: z.number(),
    k: z.number().int(),
    total_population: z.number().int(),
    covered_population_before: z.number().int(),
    covered_population_after: z.number().int(),
    sites: z.array(
      z.object({
        rank: z.number().int(),
        name: z.string(),
        province: z.string(),
        lat: z.number(),
        lon: z.number(),
        added_population: z.number().int(),
        added_places: z.number().int(),
        covered_population_after: z.number().int(),
      }),
    ),
  })
  .openapi('Suggestions');

export const FeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .openapi('AnalysisFeatureCollection');

/**
 * 200 answers of a GET analysis: JSON by default, GeoJSON with format=geojson (documented as the JSON body's
 * alternative) and CSV with format=csv.
 */
export function analysisResponses<T extends z.ZodType>(schema: T, description: string) {
  return {
    200: {
      description: `${description} With format=geojson: a FeatureCollection (AnalysisFeatureCollection); with format=csv: text/csv.`,
      content: {
        'application/json': { schema: z.union([schema, FeatureCollectionSchema]) },
        'text/csv': { schema: z.string() },
      },
    },
  };
}
