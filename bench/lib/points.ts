import type { ServicePoint } from '../../server/core/schemas.ts';
import { makePoint } from '../../tests/helpers/points.ts';
import { rng, SEEDED_SERVICES, seededPositions } from './seeded-points.ts';

const LEVELS = ['federal', 'provincial', 'municipal', 'territorial'] as const;

/** `n` seeded service points with the national spread, spread over 8 jurisdictions. */
export function seededServicePoints(n: number, seed = 1): ServicePoint[] {
  const r = rng(seed + 99);
  return seededPositions(n, seed).map((p, i) => {
    const jurisdiction = `j${i % 8}`;
    return makePoint(jurisdiction, `p${i}`, {
      level: LEVELS[i % 4] ?? 'federal',
      name_en: `Point ${i}`,
      name_fr: `Point ${i}`,
      address: `${i} Main Street`,
      city: '',
      province: p.province.toUpperCase(),
      postal_code: '',
      lat: p.lat,
      lon: p.lon,
      services: SEEDED_SERVICES.filter(() => r() < 0.4),
      languages: ['en'],
      accessibility: [],
      phone: '',
      last_verified: '',
    });
  });
}

/** Query positions drawn from the same spread (people search where people live). */
export function seededQueries(n: number, seed = 2): [number, number][] {
  return seededPositions(n, seed).map((p) => [p.lon, p.lat]);
}
