/**
 * Generates the clearly labelled SAMPLE dataset in data/sample/<jurisdiction>.csv (canonical CSV), deterministic
 * (seeded), at real Canadian places. It is fictional: real place names and plausible offices, but the addresses,
 * phones and hours are made up. Run: `npm run sample`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_COLUMNS } from '../server/core/codes.ts';
import { toCsv } from '../server/core/csv/write-csv.ts';
import { MUN, PT } from './sample-networks.ts';
import { place } from './sample-places.ts';
import { rng } from './seeded-random.ts';

const random = rng(20261123);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => random() < p);

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

interface SiteSpec {
  town: string;
  name_en: string;
  name_fr: string;
  services: string[];
  site_type?: string;
  status?: string;
  hours?: string;
  languages?: string[];
  /** Metres east/north of the town centre; sites given the same offset and address share a building. */
  offset?: [number, number];
  address?: string;
  online_url?: string;
  toll_free?: string;
  booking_url?: string;
}

const STREETS = [
  'Main Street',
  'King Street',
  'Queen Street',
  'Water Street',
  'Victoria Avenue',
  'Portage Avenue',
  'rue Principale',
  'boulevard Saint-Laurent',
  'Albert Street',
  'First Avenue',
];
const ACCESS = [
  'step_free',
  'accessible_parking',
  'accessible_washroom',
  'hearing_loop',
  'vri',
  'wayfinding_beacon',
  'large_print',
] as const;
const FULL_TIME = [
  'Mo-Fr 08:30-16:30; PH off',
  'Mo-Fr 08:30-17:00; PH off',
  'Mo-Fr 08:15-16:30; Sa 09:00-13:00; PH off',
  'Mo-We,Fr 08:30-16:30; Th 08:30-19:00; PH off',
];

function defaultLanguages(province: string): string[] {
  if (province === 'qc') return ['fr', 'en'];
  if (province === 'nb') return ['en', 'fr'];
  if (province === 'nu') return ['en', 'iu', 'fr'];
  return random() < 0.35 ? ['en', 'fr'] : ['en'];
}

function row(jurisdiction: string, n: number, s: SiteSpec): Row {
  const [town, province, lat, lon, fsa] = place(s.town);
  const [east, north] = s.offset ?? [(random() - 0.5) * 2400, (random() - 0.5) * 2400];
  const ldu = `${Math.floor(random() * 10)}${pick(['A', 'B', 'C', 'E', 'G', 'H', 'J', 'K'])}${Math.floor(random() * 10)}`;
  return {
    id: `${jurisdiction.replace(/^(fed|mun|ind)-/, '')}-${String(n).padStart(3, '0')}`,
    name_en: `${s.name_en} (sample)`,
    name_fr: `${s.name_fr} (exemple)`,
    site_type: s.site_type ?? 'centre',
    status: s.status ?? 'open',
    address:
      s.address ??
      (s.site_type === 'outreach' || s.site_type === 'mobile'
        ? ''
        : `${100 + Math.floor(random() * 900)} ${pick(STREETS)}`),
    city: town,
    province: province.toUpperCase(),
    postal_code: `${fsa} ${ldu}`,
    lat: (lat + north / 111_320).toFixed(5),
    lon: (lon + east / (111_320 * Math.cos((lat * Math.PI) / 180))).toFixed(5),
    services: s.services.join(';'),
    languages: (s.languages ?? defaultLanguages(province)).join(';'),
    accessibility: s.site_type === 'outreach' || s.site_type === 'mobile' ? '' : some(ACCESS, 0.45).join(';'),
    hours: s.hours ?? pick(FULL_TIME),
    phone: `${pick(['613', '416', '514', '604', '902', '306', '780', '204', '867', '709', '506'])}-555-0${String(100 + Math.floor(random() * 899))}`,
    toll_free: s.toll_free ?? '',
    email: '',
    website: '',
    online_url: s.online_url ?? '',
    booking_url: s.booking_url ?? '',
    photo_url: '',
    last_verified: `${pick(['2024', '2025', '2026'])}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
  };
}

const files = new Map<string, Row[]>();
function add(jurisdiction: string, specs: SiteSpec[]) {
  const rows = files.get(jurisdiction) ?? [];
  for (const s of specs) rows.push(row(jurisdiction, rows.length + 1, s));
  files.set(jurisdiction, rows);
}

// Federal: Service Canada centres, outreach sites and passport offices.
const SC = {
  online_url:
    'https://www.canada.ca/en/employment-social-development/corporate/portfolio/service-canada.html',
  toll_free: '1-800-622-6232',
};
const SC_SERVICES = ['sin', 'ei', 'cpp-oas', 'child-benefits', 'disability-benefits', 'apprenticeship'];
const SAME_BUILDING: [number, number] = [150, -80];
for (const town of [
  "St. John's",
  'Corner Brook',
  'Charlottetown',
  'Halifax',
  'Sydney',
  'Fredericton',
  'Moncton',
  'Bathurst',
  'Montréal',
  'Québec',
  'Gatineau',
  'Sherbrooke',
  'Trois-Rivières',
  'Saguenay',
  'Rimouski',
  'Toronto',
  'Ottawa',
  'Mississauga',
  'Kitchener',
  'Hamilton',
  'London',
  'Sudbury',
  'Thunder Bay',
  'Kingston',
  'Kenora',
  'Winnipeg',
  'Brandon',
  'Thompson',
  'Regina',
  'Saskatoon',
  'Prince Albert',
  'Edmonton',
  'Calgary',
  'Lethbridge',
  'Grande Prairie',
  'Vancouver',
  'Victoria',
  'Surrey',
  'Kelowna',
  'Prince George',
  'Whitehorse',
  'Yellowknife',
  'Iqaluit',
]) {
  const shared = [
    'Kenora',
    'Thompson',
    'Whitehorse',
    'Yellowknife',
    'Iqaluit',
    'Bathurst',
    'Grande Prairie',
  ].includes(town);
  add('fed-esdc', [
    {
      town,
      name_en: `Service Canada Centre – ${town}`,
      name_fr: `Centre Service Canada – ${town}`,
      services: ['passport', ...SC_SERVICES].slice(random() < 0.3 ? 0 : 1),
      ...SC,
      ...(shared ? { offset: SAME_BUILDING, address: '50 Government Place' } : {}),
    },
  ]);
}
for (const town of ['Toronto', 'Montréal', 'Vancouver', 'Calgary', 'Ottawa', 'Winnipeg']) {
  add('fed-esdc', [
    {
      town,
      name_en: `Passport Office – ${town}`,
      name_fr: `Bureau des passeports – ${town}`,
      services: ['passport'],
      ...SC,
      booking_url:
        'https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html',
    },
  ]);
}
for (const town of [
  'Happy Valley-Goose Bay',
  'Moosonee',
  'La Ronge',
  'Dawson City',
  'Inuvik',
  'Rankin Inlet',
  'Cambridge Bay',
  'Kugluktuk',
  'Pond Inlet',
  'Kuujjuaq',
  'The Pas',
  'Fort Smith',
]) {
  add('fed-esdc', [
    {
      town,
      name_en: `Scheduled outreach – ${town}`,
      name_fr: `Service itinérant – ${town}`,
      site_type: 'outreach',
      services: ['sin', 'ei', 'cpp-oas', 'child-benefits'],
      hours: pick(['Mo[1] 10:00-15:00; PH off', 'We[2] 09:30-14:30; PH off', 'Tu[3] 10:00-16:00; PH off']),
      ...SC,
    },
  ]);
}
add('fed-cra', [
  {
    town: 'Toronto',
    name_en: 'Community tax clinic – Toronto',
    name_fr: "Comptoir d'impôts – Toronto",
    site_type: 'partner',
    services: ['tax-help'],
    hours: 'Mar-Apr Mo-Sa 10:00-16:00',
    online_url: 'https://www.canada.ca/en/revenue-agency.html',
    toll_free: '1-800-959-8281',
  },
  {
    town: 'Montréal',
    name_en: 'Community tax clinic – Montréal',
    name_fr: "Comptoir d'impôts – Montréal",
    site_type: 'partner',
    services: ['tax-help'],
    hours: 'Mar-Apr Tu,Th,Sa 09:00-15:00',
    online_url: 'https://www.canada.ca/fr/agence-revenu.html',
    toll_free: '1-800-959-7383',
  },
  {
    town: 'Regina',
    name_en: 'Community tax clinic – Regina',
    name_fr: "Comptoir d'impôts – Regina",
    site_type: 'partner',
    services: ['tax-help'],
    hours: 'Feb-Apr We,Sa 10:00-15:00',
    toll_free: '1-800-959-8281',
  },
  {
    town: 'Iqaluit',
    name_en: 'Tax help day – Iqaluit',
    name_fr: "Journée d'aide fiscale – Iqaluit",
    site_type: 'outreach',
    services: ['tax-help'],
    hours: 'Mar-Apr Sa[1] 10:00-16:00',
    toll_free: '1-800-959-8281',
  },
]);
add(
  'fed-ircc',
  ['Toronto', 'Montréal', 'Vancouver', 'Calgary', 'Halifax'].map((town) => ({
    town,
    name_en: `IRCC office – ${town}`,
    name_fr: `Bureau d'IRCC – ${town}`,
    services: ['immigration', 'citizenship', 'settlement'],
    hours: 'Mo-Fr 08:00-16:00; PH off',
    booking_url: 'https://www.canada.ca/en/immigration-refugees-citizenship.html',
  })),
);
add(
  'fed-vac',
  ['Charlottetown', 'Halifax', 'Ottawa', 'Victoria', 'Kingston'].map((town) => ({
    town,
    name_en: `Veterans Affairs area office – ${town}`,
    name_fr: `Bureau de secteur d'Anciens Combattants – ${town}`,
    services: ['veterans-services', 'disability-benefits'],
    toll_free: '1-866-522-2122',
  })),
);
add(
  'fed-isc',
  ['Winnipeg', 'Thunder Bay', 'Saskatoon'].map((town) => ({
    town,
    name_en: `Indigenous Services Canada – ${town}`,
    name_fr: `Services aux Autochtones Canada – ${town}`,
    services: ['indigenous-status'],
    hours: 'Mo-Fr 09:00-15:30; PH off',
  })),
);

for (const [code, net] of Object.entries(PT)) {
  net.towns.forEach((town, i) => {
    const shared = [
      'Kenora',
      'Thompson',
      'Whitehorse',
      'Yellowknife',
      'Iqaluit',
      'Bathurst',
      'Grande Prairie',
    ].includes(town);
    add(code, [
      {
        town,
        name_en: `${net.en} – ${town}`,
        name_fr: `${net.fr} – ${town}`,
        services: i === 0 ? net.services : net.services.filter(() => random() < 0.75),
        site_type: i > 3 && random() < 0.5 ? 'part_time' : 'centre',
        hours: i > 3 && random() < 0.5 ? 'Tu,Th 09:00-16:00; PH off' : undefined,
        status: code === 'ns' && town === 'Kentville' ? 'temporarily_closed' : undefined,
        ...(shared ? { offset: SAME_BUILDING, address: '50 Government Place' } : {}),
      },
    ]);
  });
}
add('on', [
  {
    town: 'Toronto',
    name_en: 'ServiceOntario self-serve kiosk – Union Station',
    name_fr: 'Kiosque libre-service ServiceOntario – gare Union',
    site_type: 'kiosk',
    services: ['vehicle-registration', 'change-of-address'],
    hours: 'Mo-Su 06:00-23:00',
  },
]);
add('nl', [
  {
    town: 'Happy Valley-Goose Bay',
    name_en: 'Service NL mobile unit – coastal Labrador',
    name_fr: 'Unité mobile Service NL – côte du Labrador',
    site_type: 'mobile',
    services: ['driver-licence', 'birth-certificate'],
    hours: 'Jun-Sep Mo[1] 09:00-16:00',
  },
]);
add('bc', [
  {
    town: 'Vancouver',
    name_en: 'Service BC (closed location) – Vancouver East',
    name_fr: 'Service BC (fermé) – Vancouver Est',
    status: 'closed',
    services: ['health-card'],
  },
]);

for (const [code, net] of Object.entries(MUN)) {
  add(
    code,
    net.towns.map((town) => ({
      town,
      name_en: `${net.en} – ${town}`,
      name_fr: `${net.fr} – ${town}`,
      services: net.services,
      hours: 'Mo-Fr 08:30-16:30; PH off',
    })),
  );
}

// Indigenous government.
add('ind-cree', [
  {
    town: 'Chisasibi',
    name_en: 'Cree Nation Government – Chisasibi office',
    name_fr: 'Gouvernement de la Nation crie – bureau de Chisasibi',
    services: ['employment-services', 'income-assistance', 'housing-assistance'],
    languages: ['cr', 'en', 'fr'],
  },
  {
    town: 'Waskaganish',
    name_en: 'Cree Nation Government – Waskaganish office',
    name_fr: 'Gouvernement de la Nation crie – bureau de Waskaganish',
    services: ['employment-services', 'apprenticeship'],
    languages: ['cr', 'en'],
  },
]);

const dir = join(import.meta.dirname, '..', 'data', 'sample');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let total = 0;
for (const [jurisdiction, rows] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  writeFileSync(
    join(dir, `${jurisdiction}.csv`),
    `${toCsv(
      CSV_COLUMNS,
      rows.map((r) => CSV_COLUMNS.map((c) => r[c])),
    )}\r\n`,
  );
  total += rows.length;
}
console.log(`wrote ${total} sample points in ${files.size} files to ${dir}`);
