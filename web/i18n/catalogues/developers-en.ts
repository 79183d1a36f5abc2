/** API reference page (for developers re-using the open data). */
export const developersEn = {
  'nav.developers': 'Open data API',
  'dev.title': 'Open data API reference',
  'dev.intro':
    'Every published service point is open data. Read it with the API below (JSON and GeoJSON, CORS open for GET), or download it whole. Ids are stable; use modified_after and ETag headers for incremental sync.',
  'dev.spec': 'Machine-readable description (OpenAPI 3.1)',
  'dev.downloads': 'Downloads',
  'dev.csv': 'All published points (CSV)',
  'dev.geojson': 'All published points (GeoJSON)',
  'dev.parameters': 'Parameters',
  'dev.responses': 'Responses',
  'dev.param.name': 'Name',
  'dev.param.in': 'In',
  'dev.param.required': 'Required',
  'dev.param.description': 'Description',
  'dev.yes': 'yes',
  'dev.no': 'no',
  'dev.auth': 'Needs the jurisdiction’s upload token (Authorization: Bearer).',
  'dev.loading': 'Loading the API description…',
  'dev.englishNote':
    'The endpoint descriptions are in English; codes and field names are the same in both languages.',
} as const;
