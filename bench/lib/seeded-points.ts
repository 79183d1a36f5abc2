/**
 * Seeded synthetic service points spread like Canada's population: most near the southern cities, a thin
 * scatter over the north. Deterministic for a given seed so runs compare like with like.
 */

import { rng } from '../../scripts/seeded-random.ts';
import { CSV_COLUMNS } from '../../server/core/codes.ts';
import { toCsv } from '../../server/core/csv/write-csv.ts';

export { rng };

/** Population centres, weight ≈ population share. `[lon, lat, weight, spread in degrees, province]`. */
const CENTRES: [number, number, number, number, string][] = [
  [-79.38, 43.65, 18, 0.6, 'on'],
  [-73.57, 45.5, 12, 0.5, 'qc'],
  [-123.12, 49.28, 8, 0.4, 'bc'],
  [-114.07, 51.04, 5, 0.4, 'ab'],
  [-113.49, 53.55, 4.5, 0.4, 'ab'],
  [-75.7, 45.42, 4, 0.4, 'on'],
  [-97.14, 49.9, 2.5, 0.3, 'mb'],
  [-71.21, 46.81, 2.5, 0.3, 'qc'],
  [-79.87, 43.26, 2.5, 0.3, 'on'],
  [-80.49, 43.45, 1.8, 0.3, 'on'],
  [-81.25, 42.98, 1.6, 0.3, 'on'],
  [-63.58, 44.65, 1.4, 0.3, 'ns'],
  [-123.37, 48.43, 1.2, 0.2, 'bc'],
  [-106.67, 52.13, 1, 0.3, 'sk'],
  [-104.62, 50.45, 0.8, 0.3, 'sk'],
  [-52.71, 47.56, 0.6, 0.15, 'nl'],
  [-66.06, 45.27, 0.4, 0.2, 'nb'],
  [-64.78, 46.09, 0.5, 0.2, 'nb'],
  [-63.13, 46.24, 0.5, 0.15, 'pe'],
  [-119.5, 49.89, 0.7, 0.3, 'bc'],
  [-80.99, 46.49, 0.5, 0.3, 'on'],
  [-89.25, 48.38, 0.4, 0.3, 'on'],
];
const NORTH: [number, number, number, number, string][] = [
  [-135.06, 60.72, 0.15, 1.5, 'yt'],
  [-114.37, 62.45, 0.15, 2, 'nt'],
  [-68.52, 63.75, 0.1, 2, 'nu'],
  [-94.06, 61.11, 0.05, 3, 'nu'],
];
const TOTAL = [...CENTRES, ...NORTH].reduce((s, c) => s + c[2], 0);

export interface SeededPoint {
  lon: number;
  lat: number;
  province: string;
}

/** `n` positions with the national spread (dense south, sparse north), for a given seed. */
export function seededPositions(n: number, seed = 1): SeededPoint[] {
  const r = rng(seed);
  const all = [...CENTRES, ...NORTH];
  const out: SeededPoint[] = [];
  for (let i = 0; i < n; i++) {
    let pick = r() * TOTAL;
    let c = all[0] as (typeof all)[number];
    for (const x of all) {
      pick -= x[2];
      if (pick <= 0) {
        c = x;
        break;
      }
    }
    // Roughly normal around the centre (sum of uniforms), spread in degrees.
    const g = () => (r() + r() + r() - 1.5) / 1.5;
    out.push({ lon: c[0] + g() * c[3] * 1.5, lat: c[1] + g() * c[3], province: c[4] });
  }
  return out;
}

const HOURS = [
  'Mo-Fr 08:30-16:30; PH off',
  'Mo-Fr 08:30-17:00; Sa 09:00-13:00; PH off',
  'Tu,Th 09:00-16:00',
  'Mo-Su 07:00-22:00',
];
/** The service codes seeded points offer (each with probability 0.4), shared by the CSV and the point sets. */
export const SEEDED_SERVICES = [
  'sin',
  'ei',
  'passport',
  'health-card',
  'driver-licence',
  'vehicle-registration',
  'birth-certificate',
  'employment-services',
];

/**
 * A canonical CSV of `n` federal-style rows (valid everywhere in Canada), for ingest benchmarks. `round` > 0 gives
 * the file a steward would send at the round-th refresh: against round − 1, 5 % of the rows change (a renamed
 * site, a status, a move of ~100 m, new hours or services), 1 % disappear and as many new ones appear.
 */
export function seededCsv(n: number, seed = 1, round = 0): string {
  const r = rng(seed + 7);
  const changedIn = (i: number, k: number) => k > 0 && (i + k) % 20 === 0;
  const lastChange = (i: number) => {
    for (let k = round; k > 0; k--) if (changedIn(i, k)) return k;
    return 0;
  };
  const removed = (i: number) => round > 0 && (i + round) % 100 === 50;
  const rows = seededPositions(n, seed).map((p, i) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: `site-${i}`,
      name_en: `Service point ${i}`,
      name_fr: `Point de service ${i}`,
      site_type: 'centre',
      status: 'open',
      address: `${100 + (i % 900)} Main Street`,
      city: 'Somewhere',
      province: p.province.toUpperCase(),
      postal_code: '',
      lat: p.lat.toFixed(5),
      lon: p.lon.toFixed(5),
      services: SEEDED_SERVICES.filter(() => r() < 0.4).join(';'),
      languages: r() < 0.5 ? 'en;fr' : 'en',
      accessibility: r() < 0.5 ? 'step_free;accessible_washroom' : '',
      hours: HOURS[i % HOURS.length] ?? '',
      phone: `613-555-${String(1000 + (i % 9000)).padStart(4, '0')}`,
      toll_free: '1-800-622-6232',
      email: '',
      website: 'https://www.canada.ca/',
      online_url: '',
      booking_url: '',
      photo_url: '',
      last_verified: '2026-01-15',
    };
    const k = lastChange(i);
    if (k > 0) {
      cells.name_en = `Service point ${i} (refresh ${k})`;
      cells.status = k % 2 === 0 ? 'open' : 'temporarily_closed';
      cells.lat = (p.lat + 0.001).toFixed(5);
      cells.hours = HOURS[(i + k) % HOURS.length] ?? '';
    }
    return removed(i) ? [] : CSV_COLUMNS.map((c) => cells[c]);
  });
  // New sites: as many as were removed, with ids of their own round.
  const added = round > 0 ? rows.filter((row) => row.length === 0).length : 0;
  const fresh = seededPositions(added, seed + 100 + round).map((p, j) => {
    const copy = [...(rows.find((row) => row.length > 0) ?? [])];
    copy[0] = `site-r${round}-${j}`;
    copy[CSV_COLUMNS.indexOf('lat')] = p.lat.toFixed(5);
    copy[CSV_COLUMNS.indexOf('lon')] = p.lon.toFixed(5);
    copy[CSV_COLUMNS.indexOf('province')] = p.province.toUpperCase();
    return copy;
  });
  return `${toCsv(CSV_COLUMNS, [...rows.filter((row) => row.length > 0), ...fresh])}\r\n`;
}
