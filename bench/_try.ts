import { nearestFigures } from './figures/nearest.ts';
import { ingestFigures } from './figures/ingest.ts';
import { printTable } from './lib/measure.ts';
printTable([...nearestFigures([1000, 10000, 100000]), ...(await ingestFigures([1000, 10000, 100000], 'pglite'))]);
