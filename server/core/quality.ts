import type { Jurisdiction, ServicePoint } from './schemas.ts';

export interface QualityRow {
  jurisdiction: string;
  level: string;
  name_en: string;
  name_fr: string;
  points: number;
  /** Shares are 0–1 of the jurisdiction's published points. */
  building_level_share: number;
  approximate_share: number;
  with_hours_share: number;
  with_services_share: number;
  with_french_share: number;
  /** Points whose last verification is missing or more than a year before `today`. */
  needs_recheck: number;
  last_published: string | null;
  last_verified_newest: string | null;
  last_verified_oldest: string | null;
}

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);

/** The data-quality report, one row per jurisdiction that has published points. */
export function qualityReport(
  jurisdictions: readonly Jurisdiction[],
  points: readonly ServicePoint[],
  publishedAt: (jurisdiction: string) => string | undefined,
  today: Date,
): QualityRow[] {
  const byJurisdiction = new Map<string, ServicePoint[]>();
  for (const p of points)
    byJurisdiction.set(p.jurisdiction, [...(byJurisdiction.get(p.jurisdiction) ?? []), p]);
  const yearAgo = new Date(today.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  return jurisdictions.flatMap((j) => {
    const ps = byJurisdiction.get(j.id) ?? [];
    if (ps.length === 0) return [];
    const count = (f: (p: ServicePoint) => boolean) => ps.filter(f).length;
    const verified = ps
      .map((p) => p.last_verified)
      .filter(Boolean)
      .sort();
    return [
      {
        jurisdiction: j.id,
        level: j.level,
        name_en: j.name_en,
        name_fr: j.name_fr,
        points: ps.length,
        building_level_share: share(
          count((p) => !p.approximate),
          ps.length,
        ),
        approximate_share: share(
          count((p) => p.approximate),
          ps.length,
        ),
        with_hours_share: share(
          count((p) => p.hours !== ''),
          ps.length,
        ),
        with_services_share: share(
          count((p) => p.services.length > 0),
          ps.length,
        ),
        with_french_share: share(
          count((p) => p.languages.includes('fr')),
          ps.length,
        ),
        needs_recheck: count((p) => p.last_verified === '' || p.last_verified < yearAgo),
        last_published: publishedAt(j.id) ?? null,
        last_verified_newest: verified[verified.length - 1] ?? null,
        last_verified_oldest: verified[0] ?? null,
      },
    ];
  });
}
