import type { PointFeature } from '../../server/core/geojson.ts';

/**
 * schema.org `GovernmentService` offered at a `GovernmentOffice` (a `Place`), as JSON-LD, so search engines
 * can read a point's details. `<` is escaped so the text can never close the script element.
 */
export function pointJsonLd(
  p: PointFeature['properties'],
  lang: 'en' | 'fr',
  provider: string,
  serviceNames: string[],
): string {
  const name = lang === 'fr' ? p.name_fr || p.name_en : p.name_en || p.name_fr;
  const place = {
    '@type': ['GovernmentOffice', 'Place'],
    name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: p.address || undefined,
      addressLocality: p.city || undefined,
      addressRegion: p.province || undefined,
      postalCode: p.postal_code || undefined,
      addressCountry: 'CA',
    },
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
    telephone: p.phone || undefined,
    openingHours: p.hours || undefined,
    photo: p.photo_url || undefined,
    url: p.website || undefined,
  };
  const data = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name,
    inLanguage: lang,
    provider: { '@type': 'GovernmentOrganization', name: provider },
    serviceType: serviceNames,
    availableLanguage: p.languages,
    areaServed: p.province || 'CA',
    availableChannel: [
      { '@type': 'ServiceChannel', serviceLocation: place },
      ...(p.toll_free
        ? [{ '@type': 'ServiceChannel', servicePhone: { '@type': 'ContactPoint', telephone: p.toll_free } }]
        : []),
      ...(p.online_url ? [{ '@type': 'ServiceChannel', serviceUrl: p.online_url }] : []),
    ],
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
