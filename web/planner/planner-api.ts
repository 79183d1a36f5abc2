import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ColocationResult } from '../../server/core/analysis/colocation.ts';
import type { GapsResult } from '../../server/core/analysis/gaps.ts';
import type { AddedSite, ScenarioResult } from '../../server/core/analysis/scenario.ts';
import type { SuggestResult } from '../../server/core/analysis/suggest.ts';

const API = `${window.location.origin}/api/v1`;

type Params = Record<string, string | number | undefined>;

/** The URL of an analysis with its parameters (empty ones left out), optionally in an export format. */
export function analysisUrl(
  path: string,
  params: Params,
  format?: 'csv' | 'geojson',
  extra: Params = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...extra }))
    if (v !== undefined && v !== '') q.set(k, String(v));
  if (format) q.set('format', format);
  const s = q.toString();
  return `${API}${path}${s ? `?${s}` : ''}`;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export interface ColocationParams extends Params {
  radius_m: number;
  levels: string | undefined;
  service: string | undefined;
}

/** Co-location groups; the previous answer stays on screen while a new radius is computed. */
export function useColocation(params: ColocationParams) {
  return useQuery({
    queryKey: ['analysis', 'colocation', params],
    queryFn: () => getJson<ColocationResult>(analysisUrl('/analysis/colocation', params)),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The coverage settings shared by the gaps, what-if and suggestion tabs. */
export interface CoverageParams extends Params {
  max_km: number;
  service: string | undefined;
  level: string | undefined;
  jurisdiction: string | undefined;
  /** `centre,part_time` when only sites open on ordinary days count (see the analyses' `site_type`). */
  site_type: string | undefined;
}

/** Coverage of every populated place (`places=all`, for the map layer) with the totals and per-province table. */
export function useGaps(params: CoverageParams) {
  return useQuery({
    queryKey: ['analysis', 'gaps', params],
    queryFn: () => getJson<GapsResult>(analysisUrl('/analysis/gaps', { ...params, places: 'all' })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Greedy site suggestions; fetched only while the suggestions tab is open (`enabled`). */
export function useSuggest(params: CoverageParams & { k: number }, enabled: boolean) {
  return useQuery({
    queryKey: ['analysis', 'suggest', params],
    queryFn: () => getJson<SuggestResult>(analysisUrl('/analysis/suggest', params)),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}

const list = (v: string | undefined) => (v ? v.split(',') : undefined);

function scenarioBody(input: ScenarioInput): string {
  return JSON.stringify({
    max_km: input.params.max_km,
    service: list(input.params.service),
    level: list(input.params.level),
    jurisdiction: list(input.params.jurisdiction),
    site_type: list(input.params.site_type),
    add: input.add,
    close: input.close,
  });
}

export interface ScenarioInput {
  params: CoverageParams;
  add: AddedSite[];
  close: string[];
}

/**
 * Downloads the what-if's per-province table as CSV: the scenario is a POST, so a plain link cannot carry
 * it; the answer is fetched and handed to the browser as a file.
 */
export async function downloadScenarioCsv(input: ScenarioInput): Promise<void> {
  const res = await fetch(`${API}/analysis/scenario?format=csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: scenarioBody(input),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `scenario-${input.params.max_km}km.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs a what-if on the server (which changes nothing) and returns coverage before and after. */
export function useScenario() {
  return useMutation({
    mutationFn: (input: ScenarioInput) =>
      getJson<ScenarioResult>(`${API}/analysis/scenario`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: scenarioBody(input),
      }),
  });
}
