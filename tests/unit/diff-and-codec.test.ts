import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detachStrings } from '../../server/core/detach-strings.ts';
import { COMPARED, changedFields, diffPoints, sameCompared } from '../../server/core/diff.ts';
import type { ServicePoint } from '../../server/core/schemas.ts';
import { decodePoint, encodePoint, STORED_FIELDS, sameStored } from '../../server/store/point-codec.ts';
import { makePoint } from '../helpers/points.ts';

/** A different value of the same type. */
function other(v: unknown): unknown {
  if (typeof v === 'string') return `${v}x`;
  if (typeof v === 'number') return v + 0.5;
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return [...v, 'x'];
  throw new Error(`no other value for ${String(v)}`);
}

const row = (p: ServicePoint) => ({ ...p, data: encodePoint(p) });

describe('diff field comparison', () => {
  it('sees a change in each compared field, and only that field', () => {
    const a = makePoint('on', 'a');
    expect(sameCompared(a, makePoint('on', 'a'))).toBe(true);
    for (const f of COMPARED) {
      const b = { ...a, [f]: other(a[f]) };
      expect(sameCompared(a, b), f).toBe(false);
      expect(changedFields(b, a)).toEqual([f]);
    }
  });

  it('pairs by source id: added, changed, removed, unchanged', () => {
    const before = [makePoint('on', 'a'), makePoint('on', 'b'), makePoint('on', 'c')];
    const after = [makePoint('on', 'c'), makePoint('on', 'b', { city: 'Kanata' }), makePoint('on', 'd')];
    expect(diffPoints(before, after)).toEqual({
      added: ['on:d'],
      changed: [{ id: 'on:b', fields: ['city'], moved_m: 0 }],
      removed: ['on:a'],
      unchanged: 1,
    });
  });
});

describe('point codec', () => {
  it('round-trips a point with every field set, and one with every field at its default', () => {
    const full = makePoint('on', 'a', {
      toll_free: '1-800-555-0100',
      email: 'a@b.ca',
      website: 'https://a.ca/',
      online_url: 'https://a.ca/o',
      booking_url: 'https://a.ca/b',
      photo_url: 'https://a.ca/p.jpg',
      approximate: true,
      sample: true,
      modified_at: '2026-12-01T00:00:00.000Z',
    });
    const bare = makePoint('on', 'b', {
      name_en: '',
      name_fr: '',
      address: '',
      city: '',
      province: '',
      postal_code: '',
      services: [],
      languages: [],
      accessibility: [],
      hours: '',
      phone: '',
      last_verified: '',
    });
    for (const p of [full, bare]) expect(decodePoint({ ...row(p), data: encodePoint(p) })).toEqual(p);
    expect(encodePoint(bare)).toBe('["provincial"]');
  });

  it('writes exactly what JSON.stringify of the positional array writes, awkward text included', () => {
    // The generic encoding the spelled-out encoder stands for: each stored field in order, 0 at its default, 1 for
    // true, trailing defaults left out.
    const reference = (p: ServicePoint) => {
      const defaults: Record<string, unknown> = {
        site_type: 'centre',
        status: 'open',
        approximate: false,
        sample: false,
      };
      const out = STORED_FIELDS.map((f) => {
        const v = p[f];
        if (f !== 'level' && (v === (defaults[f] ?? '') || (Array.isArray(v) && v.length === 0))) return 0;
        return v === true ? 1 : v;
      });
      while (out.length > 1 && out[out.length - 1] === 0) out.pop();
      return JSON.stringify(out);
    };
    const awkward = [
      'say "hi"',
      'back\\slash',
      'two\nlines',
      'tab\there',
      'bell\u0007',
      'Montréal',
      '🏛 city hall',
      'lone \ud800',
      'sep\u2028ar',
      "l'île",
    ];
    awkward.forEach((t, i) => {
      const p = makePoint('qc', `x${i}`, {
        name_en: t,
        name_fr: t,
        address: t,
        hours: t,
        site_type: i % 2 ? 'kiosk' : 'centre',
        status: i % 3 ? 'open' : 'closed',
        services: i % 2 ? (Object.freeze(['passport', t]) as string[]) : [t],
        languages: i % 4 ? [] : ['fr'],
        approximate: i % 2 === 0,
        modified_at: i % 3 ? '' : '2026-12-01T00:00:00.000Z',
      });
      expect(encodePoint(p), t).toBe(reference(p));
      expect(decodePoint({ ...row(p), data: encodePoint(p) })).toEqual(p);
    });
  });

  it('still reads rows written before migration 005 (keyed JSON of the non-default fields)', () => {
    const p = makePoint('on', 'a');
    const keyed = JSON.stringify({
      level: p.level,
      name_en: p.name_en,
      name_fr: p.name_fr,
      address: p.address,
      city: p.city,
      province: p.province,
      postal_code: p.postal_code,
      services: p.services,
      languages: p.languages,
      accessibility: p.accessibility,
      hours: p.hours,
      phone: p.phone,
      last_verified: p.last_verified,
    });
    expect(decodePoint({ ...row(p), data: keyed })).toEqual(p);
  });

  it('sameStored sees a change in each stored field', () => {
    const a = makePoint('on', 'a');
    expect(sameStored(a, makePoint('on', 'a'))).toBe(true);
    for (const f of [...STORED_FIELDS, 'lat', 'lon', 'source_id'] as const) {
      const b = { ...a, [f]: f === 'level' ? 'municipal' : other(a[f]) };
      expect(sameStored(a, b), f).toBe(false);
    }
  });
});

describe('detachStrings', () => {
  it('leaves every field of the point as it was, short and long values alike, the id included', () => {
    const text = `id,name_en\n${'s'.repeat(20)},${'Office '.repeat(10)}\n`;
    const [cells] = Papa.parse<string[]>(text).data.slice(1);
    const p = makePoint('on', cells?.[0] ?? '', {
      name_en: cells?.[1] ?? '',
      email: 'info@example.ca',
      hours: 'Mo-Fr 08:30-16:30; Sa 10:00-14:00',
    });
    const before = structuredClone(p);
    detachStrings(p);
    expect(p).toEqual(before);
    expect(p.id).toBe(`on:${'s'.repeat(20)}`);
  });
});
