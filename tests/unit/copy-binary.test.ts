import { describe, expect, it } from 'vitest';
import type { ServicePoint } from '../../server/core/schemas.ts';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER, copyTuples } from '../../server/store/copy-binary.ts';
import { encodePoint } from '../../server/store/point-codec.ts';
import { makePoint } from '../helpers/points.ts';

type Tuple = [string, number, string, number, number, string];

/** Reads a binary COPY stream back the plain way, with Buffer's own readers, failing on anything unexpected. */
function readCopy(stream: Buffer): Tuple[] {
  expect(stream.subarray(0, COPY_BINARY_HEADER.length)).toEqual(Buffer.from(COPY_BINARY_HEADER));
  let at = COPY_BINARY_HEADER.length;
  const tuples: Tuple[] = [];
  for (;;) {
    const fields = stream.readInt16BE(at);
    at += 2;
    if (fields === -1) break;
    expect(fields).toBe(6);
    const field = () => {
      const n = stream.readInt32BE(at);
      const bytes = stream.subarray(at + 4, at + 4 + n);
      at += 4 + n;
      return bytes;
    };
    const text = () => field().toString('utf8');
    tuples.push([
      text(),
      field().readInt32BE(0),
      text(),
      field().readDoubleBE(0),
      field().readDoubleBE(0),
      text(),
    ]);
  }
  expect(at).toBe(stream.length);
  return tuples;
}

/** What each tuple must hold: the columns, and the data column as `encodePoint` writes it. */
const expected = (j: string, v: number, points: ServicePoint[]): Tuple[] =>
  points.map((p) => [j, v, p.source_id, p.lat, p.lon, encodePoint(p)]);

/** Each chunk read as a COPY of its own, as PGlite frames them: a chunk must hold whole tuples only. */
const copyStream = (j: string, v: number, points: ServicePoint[]) => {
  const chunks = [...copyTuples(j, v, points)];
  const tuples = chunks.flatMap((c) => readCopy(Buffer.concat([COPY_BINARY_HEADER, c, COPY_BINARY_TRAILER])));
  return { tuples, chunks: chunks.length };
};

describe('COPY tuples of a version', () => {
  it('holds every column as written, awkward text and ids included', () => {
    const awkward = [
      'say "hi"',
      'back\\slash',
      'two\nlines',
      'tab\there',
      'cr\rhere',
      'bell\u0007',
      'Montréal',
      '🏛 city hall',
      'lone \ud800 end',
      'sep\u2028ar',
      "l'île",
      'Ōtautahi ᐃᓄᒃᑎᑐᑦ',
      '',
    ];
    const points = awkward.map((t, i) =>
      makePoint('qc', i % 3 ? `x${i}` : `id\\${t}é`, {
        name_en: t,
        name_fr: `${t}!`,
        address: t,
        hours: t,
        site_type: i % 2 ? 'kiosk' : 'centre',
        status: i % 4 ? 'open' : 'closed',
        services: i % 2 ? ['passport', t] : [],
        accessibility: (i % 3 ? [t] : []) as ServicePoint['accessibility'],
        lat: 45 + i / 7,
        lon: -73.5 - i / 3,
        approximate: i % 2 === 0,
        sample: i % 5 === 0,
        modified_at: i % 3 ? '' : '2026-12-01T00:00:00.000Z',
      }),
    );
    expect(copyStream('qc-ramq', 12, points).tuples).toEqual(expected('qc-ramq', 12, points));
    // The exact bits of the coordinates, negative ones and ones with no short decimal form included.
    const odd = [0.1 + 0.2, -0, 1e-300, -123.45678901234567].map((x, i) =>
      makePoint('on', `c${i}`, { lat: x, lon: -x }),
    );
    const back = copyStream('on', 2_000_000_000, odd).tuples;
    expect(back.map((t) => [t[1], t[3], t[4]])).toEqual(odd.map((p) => [2_000_000_000, p.lat, p.lon]));
  });

  it('splits many rows into chunks without losing or cutting one, a row larger than a chunk included', () => {
    const points = Array.from({ length: 6000 }, (_, i) =>
      makePoint('on', `s${i}`, {
        // Larger than a chunk; larger than the room past a chunk's end (so it starts the next one); ordinary.
        address:
          i === 2500 ? 'A'.repeat(1_500_000) : i >= 3000 && i < 3005 ? 'B'.repeat(300_000) : `${i} Main St`,
      }),
    );
    const { tuples, chunks } = copyStream('on-so', 3, points);
    expect(chunks).toBeGreaterThanOrEqual(4);
    expect(tuples).toEqual(expected('on-so', 3, points));
  });
});
