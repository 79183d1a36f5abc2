import { useQuery } from '@tanstack/react-query';
import { hc } from 'hono/client';
import type { ApiType } from '../../server/api/app.ts';
import type { PointFeature } from '../../server/core/geojson.ts';

/** The typed API client: paths, queries and responses come from the server's own route definitions. */
export const api = hc<ApiType>(`${window.location.origin}/api/v1`);

export type PointCollection = { type: 'FeatureCollection'; features: PointFeature[] };

async function ok<T>(res: Response): Promise<T> {
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

/**
 * The published points offering `service` (every point without one), with every field: fetched only where they are
 * read (the alternatives when nothing is near), never for the whole country on a page's start.
 */
export function usePoints(service?: string) {
  return useQuery({
    queryKey: ['points', service ?? ''],
    queryFn: async () => ok<PointCollection>(await api.points.$get({ query: service ? { service } : {} })),
    staleTime: 60_000,
  });
}

/** One point with every field, fetched when it is opened. */
export function usePoint(id: string | null) {
  return useQuery({
    queryKey: ['point', id],
    enabled: id !== null,
    queryFn: async () =>
      ok<PointCollection['features'][number]>(
        await fetch(`${window.location.origin}/api/v1/points/${encodeURIComponent(id ?? '')}`),
      ),
  });
}

export function useJurisdictions() {
  return useQuery({
    queryKey: ['jurisdictions'],
    queryFn: async () =>
      (
        await ok<{
          jurisdictions: {
            id: string;
            name_en: string;
            name_fr: string;
            level: string;
            province?: string;
            website?: string;
          }[];
        }>(await api.jurisdictions.$get())
      ).jurisdictions,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useServices() {
  return useQuery({
    queryKey: ['services'],
    queryFn: async () =>
      (
        await ok<{
          services: {
            code: string;
            name_en: string;
            name_fr: string;
            category: string;
            synonyms: string[];
          }[];
        }>(await api.services.$get())
      ).services,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAbout() {
  return useQuery({
    queryKey: ['about'],
    queryFn: async () =>
      ok<{
        reference_dir: string | null;
        layers: { layer: string; available: boolean; source: string; count: number }[];
        missing: string[];
        sources: {
          id: string;
          name_en: string;
          name_fr: string;
          licence: string;
          date: string;
          in_use: boolean;
        }[];
        points: number;
        sample_points: number;
      }>(await api.about.$get()),
  });
}

export type GeocodeResult = import('../../server/core/geocode.ts').GeocodeResult;
export type GeocodeCandidate = import('../../server/core/geocode.ts').GeocodeCandidate;

/** Candidates for what the user typed; disabled for an empty query. */
export function useGeocode(q: string) {
  return useQuery({
    queryKey: ['geocode', q],
    queryFn: async (): Promise<GeocodeResult> => {
      // The API answers the contract's bare list; how it read the query comes in a header.
      const res = await fetch(`${window.location.origin}/api/v1/geocode?q=${encodeURIComponent(q)}`);
      const candidates = await ok<GeocodeCandidate[]>(res);
      return {
        query: q,
        interpreted_as: (res.headers.get('x-interpreted-as') ?? 'place') as GeocodeResult['interpreted_as'],
        candidates,
      };
    },
    enabled: q.trim() !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Query of /nearest: every value a string as it goes on the URL; absent ones are left out. */
export type NearestQuery = {
  lat: string;
  lon: string;
  limit?: string;
  service?: string;
  level?: string;
  language?: string;
  accessibility?: string;
  site_type?: string;
  open_at?: string;
  /** `true`: only the governments of the position's province (and the federal ones). */
  in_jurisdiction?: 'true' | 'false';
};

/** Nearest points, and the province the position is in when `in_jurisdiction` found one. */
export type NearestResult = PointCollection & { position_province: string | null };

/** Nearest points for a query; `null` disables it (no location yet). */
export function useNearest(query: NearestQuery | null) {
  return useQuery({
    queryKey: ['nearest', query],
    queryFn: async () => {
      const q = Object.fromEntries(
        Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== ''),
      );
      const res = await api.nearest.$get({ query: q as NearestQuery });
      const collection = await ok<PointCollection>(res);
      return { ...collection, position_province: res.headers.get('x-position-province') } as NearestResult;
    },
    enabled: query !== null,
    staleTime: 30_000,
  });
}
