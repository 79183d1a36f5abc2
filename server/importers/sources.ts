import type { MappedSource, TownLocator } from './mapped-source.ts';
import { mapOdef } from './odef.ts';
import { mapServiceCanada } from './service-canada.ts';
import { mapWorkBc } from './workbc.ts';

/** A real publisher's file that has its own importer. */
export interface RealSource {
  /** Name on the command line: `npm run import -- <name> <file>`. */
  name: string;
  /** Jurisdiction it is published as, unless `--jurisdiction` says otherwise. */
  jurisdiction: string;
  /** File name in `../shared/data/sources`, used by `npm run import:all`. */
  file: string;
  /** `townAt` places a row the publisher could locate only roughly (see each importer). */
  map: (bytes: Uint8Array, townAt?: TownLocator) => MappedSource;
}

/** The sources `npm run import:all` looks for, in import order. */
export const REAL_SOURCES: readonly RealSource[] = [
  {
    name: 'service-canada',
    jurisdiction: 'fed-esdc',
    file: 'service-canada-offices-2024-02.csv',
    map: mapServiceCanada,
  },
  { name: 'workbc', jurisdiction: 'bc', file: 'workbc-centres-2021.geojson', map: mapWorkBc },
  { name: 'odef', jurisdiction: 'demo-odef', file: 'odef-v2-2021-04-07.csv', map: mapOdef },
];

/** The real source of that command-line name, if any. */
export const sourceByName = (name: string) => REAL_SOURCES.find((s) => s.name === name);
