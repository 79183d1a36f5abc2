import { describe, expect, it } from 'vitest';
import type { ServicePoint } from '../../server/core/schemas.ts';
import { copyChunks } from '../../server/store/copy-text.ts';
import { encodePoint } from '../../server/store/point-codec.ts';
import { makePoint } from '../helpers/points.ts';

/** COPY's text format spelled out the plain way: each value escaped, the JSON's backslashes doubled. */
const copyEscape = (v: string) =>
  v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c);
const plainRow = (j: string, v: number, p: ServicePoint) =>
  `${copyEscape(j)}\t${v}\t${copyEscape(p.source_id)}\t${p.lat}\t${p.lon}\t${encodePoint(p).replaceAll('\\', '\\\\')}\n`;

const copyText = (j: string, v: number, points: ServicePoint[]) => {
  const chunks = [...copyChunks(j, v, points)];
  return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.length };
};

describe('COPY text of a version', () => {
  it('writes byte for byte the escaped rows, awkward text and ids included', () => {
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
    const expected = points.map((p) => plainRow('qc-ramq', 12, p)).join('');
    expect(copyText('qc-ramq', 12, points).text).toBe(expected);
  });

  it('splits many rows into chunks without losing or cutting one, a row larger than a chunk included', () => {
    const points = Array.from({ length: 6000 }, (_, i) =>
      makePoint('on', `s${i}`, {
        // Larger than a chunk; larger than the room past a chunk's end (so it starts the next one); ordinary.
        address:
          i === 2500 ? 'A'.repeat(1_500_000) : i >= 3000 && i < 3005 ? 'B'.repeat(300_000) : `${i} Main St`,
      }),
    );
    const { text, chunks } = copyText('on-so', 3, points);
    expect(chunks).toBeGreaterThanOrEqual(4);
    expect(text).toBe(points.map((p) => plainRow('on-so', 3, p)).join(''));
  });
});
