/**
 * Benchmark of GET /api/v1/nearest on 100,000 seeded points: p50/p95 server time of the whole handler
 * (validation, spatial index, filters, open status, JSON), against a brute-force scan measured in the same run.
 * Run: `npx tsx bench/nearest.ts`. Setup and measurement are separate; nothing here is a test.
 */
import { createApp } from '../server/api/app.ts';
import { haversineM } from '../server/core/geo/distance.ts';
import { PointIndex } from '../server/core/geo/point-index.ts';
import { pointPredicate } from '../server/core/point-filter.ts';
import type { ServicePoint } from '../server/core/schemas.ts';
import { loadReference } from '../server/reference/load-reference.ts';
import { type AppContext, loadCatalog } from '../server/services/app-context.ts';
import type { PublishedIndex } from '../server/services/published-index.ts';

const N = 100_000;
const QUERIES = 2_000;
let seed = 1;
const rand = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const SERVICES = ['passport', 'sin', 'health-card', 'driver-licence', 'ei', 'tax-help'];
const LEVELS = ['federal', 'provincial', 'municipal'] as const;
const HOURS = [
  'Mo-Fr 08:30-16:30; PH off',
  'Mo-We,Fr 08:30-16:30; Th 08:30-19:00; PH off',
  'Tu,Th 09:00-15:00',
  '',
];

// --- setup -------------------------------------------------------------------------------------------
const points: ServicePoint[] = Array.from({ length: N }, (_, i) => ({
  id: `on:b${i}`,
  source_id: `b${i}`,
  jurisdiction: 'on',
  level: LEVELS[i % 3] ?? 'federal',
  name_en: `Office ${i}`,
  name_fr: `Bureau ${i}`,
  site_type: 'centre',
  status: 'open',
  address: '',
  city: '',
  province: 'ON',
  postal_code: '',
  lat: 42 + rand() * 14,
  lon: -95 + rand() * 21,
  approximate: false,
  services: SERVICES.filter(() => rand() < 0.3),
  languages: rand() < 0.5 ? ['en', 'fr'] : ['en'],
  accessibility: [],
  hours: HOURS[i % HOURS.length] ?? '',
  phone: '',
  toll_free: '',
  email: '',
  website: '',
  online_url: '',
  booking_url: '',
  photo_url: '',
  last_verified: '',
  sample: false,
}));
const index = new PointIndex(points);
const ctx: AppContext = {
  catalog: loadCatalog(new URL('../data', import.meta.url).pathname),
  reference: loadReference(undefined),
  // The handler only reads `index.current`; no store is touched by /nearest.
  store: undefined as never,
  index: { current: index } as PublishedIndex,
  maxUploadBytes: 0,
};
const app = createApp(ctx);
const queries = Array.from({ length: QUERIES }, () => ({
  lat: 42 + rand() * 14,
  lon: -95 + rand() * 21,
  service: SERVICES[Math.floor(rand() * SERVICES.length)] ?? 'sin',
}));

// --- measure -----------------------------------------------------------------------------------------
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)] ?? 0;

async function timeHandler() {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const res = await app.request(`/api/v1/nearest?lat=${q.lat}&lon=${q.lon}&limit=10&service=${q.service}`);
    await res.text();
    times.push(performance.now() - t);
  }
  return times;
}

function timeBruteForce() {
  const times: number[] = [];
  for (const q of queries.slice(0, 200)) {
    const t = performance.now();
    const keep = pointPredicate({ service: [q.service] });
    points
      .filter(keep)
      .map((p) => ({ p, d: haversineM(q.lon, q.lat, p.lon, p.lat) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 10);
    times.push(performance.now() - t);
  }
  return times;
}

await timeHandler(); // warm-up (JIT, parsed hours cache)
const handler = await timeHandler();
const brute = timeBruteForce();
const p50 = percentile(handler, 0.5);
console.log(`points: ${N}, queries: ${QUERIES} (limit=10, one service filter)`);
console.log(`/nearest handler  p50 ${p50.toFixed(3)} ms  p95 ${percentile(handler, 0.95).toFixed(3)} ms`);
console.log(`brute-force scan  p50 ${percentile(brute, 0.5).toFixed(3)} ms`);
console.log(`ratio: the index is ${(percentile(brute, 0.5) / p50).toFixed(0)}× faster than the scan`);
