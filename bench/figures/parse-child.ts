/**
 * The ingest figure's baseline, in a process of its own: papaparse parsing a file (argv[2]), decode included.
 * Prints `{ "ms": … }`. Apart from the ingest's process because a parse holds every row of the file until it
 * returns (at 100k rows ~350 MB of RSS that V8 keeps mapped after collecting it), which would otherwise count as
 * the ingest's peak. One untimed parse first, so the timed one runs on optimised code, as the ingest does.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const bytes = new Uint8Array(readFileSync(process.argv[2] ?? ''));
const gc = (globalThis as { gc?: () => void }).gc;
const parse = () => Papa.parse(new TextDecoder().decode(bytes)).data.length;
parse();
gc?.();
const t = performance.now();
const rows = parse();
console.log(JSON.stringify({ ms: performance.now() - t, rows }));
