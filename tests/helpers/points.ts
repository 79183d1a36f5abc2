import type { ServicePoint } from '../../server/core/schemas.ts';

/** A valid service point with every field filled in, for store and API tests. */
export function makePoint(
  jurisdiction: string,
  sourceId: string,
  over: Partial<ServicePoint> = {},
): ServicePoint {
  return {
    id: `${jurisdiction}:${sourceId}`,
    source_id: sourceId,
    jurisdiction,
    level: 'provincial',
    name_en: `Office ${sourceId}`,
    name_fr: `Bureau ${sourceId}`,
    site_type: 'centre',
    status: 'open',
    address: '1 Main Street',
    city: 'Ottawa',
    province: 'ON',
    postal_code: 'K1P 1J1',
    lat: 45.42,
    lon: -75.69,
    approximate: false,
    services: ['health-card'],
    languages: ['en', 'fr'],
    accessibility: ['step_free'],
    hours: 'Mo-Fr 08:30-16:30',
    phone: '613-555-0100',
    toll_free: '',
    email: '',
    website: '',
    online_url: '',
    booking_url: '',
    photo_url: '',
    last_verified: '2026-01-01',
    sample: false,
    modified_at: '',
    ...over,
  };
}
