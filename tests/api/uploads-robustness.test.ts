import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../server/services/app-context.ts';
import { testApp } from '../helpers/context.ts';
import { tokenFor } from '../helpers/uploads.ts';

/** Seeded garbage: whatever a user sends, the answer is a 2xx or 4xx with our error body, never a 500. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

describe('uploads under stress', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  let token: string;
  const dir = mkdtempSync(join(tmpdir(), 'pcsm-big-'));
  beforeAll(async () => {
    ({ app, ctx } = await testApp({ dataDir: dir }));
    token = await tokenFor(ctx, 'fed-esdc');
  });
  afterAll(async () => {
    await ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: Uint8Array<ArrayBuffer> | string, type = 'text/csv') =>
    app.request('/api/v1/jurisdictions/fed-esdc/uploads', {
      method: 'POST',
      headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
      body,
    });

  it('a 100,000-row file goes through: previewed, then published', async () => {
    const rows = ['id,name_en,lat,lon,services'];
    const r = rng(7);
    for (let i = 0; i < 100_000; i++)
      rows.push(`s${i},Site ${i},${(43 + r() * 10).toFixed(4)},${(-120 + r() * 45).toFixed(4)},sin`);
    const res = await post(`${rows.join('\n')}\n`);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; summary: { rows: number; valid: number } };
    expect(body.summary.rows).toBe(100_000);
    // Some random positions fall in the United States or the sea: those are rejected, the rest are valid.
    expect(body.summary.valid).toBeGreaterThan(50_000);
    const pub = await app.request(`/api/v1/jurisdictions/fed-esdc/uploads/${body.id}/publish?confirm=true`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(pub.status).toBe(200);
    const health = (await (await app.request('/api/v1/health')).json()) as { points: number };
    expect(health.points).toBe(body.summary.valid);
  });

  it('a NUL character past the first 64 kB (where it would make the file binary) is an error of its cell', async () => {
    // PostgreSQL's text cannot hold a NUL: such a row used to pass the preview and fail the publish with a 500.
    const rows = ['id,name_en,lat,lon'];
    for (let i = 0; i < 3000; i++)
      rows.push(`n${i},Office ${i} of a long enough name,45.4${i % 10},-75.6${i % 10}`);
    rows.push('bad\u0000id,Office,45.42,-75.69', 'nul-name,Office \u0000 here,45.42,-75.69');
    for (const [lang, says] of [
      ['en', 'expected text, got a NUL character (an invisible byte that a damaged export'],
      ['fr', 'attendu du texte, reçu un caractère NUL (un octet invisible'],
    ] as const) {
      const res = await app.request(`/api/v1/jurisdictions/fed-esdc/uploads?lang=${lang}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${token}` },
        body: `${rows.join('\n')}\n`,
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as {
        id: string;
        summary: { valid: number; rejected: number };
        errors: { row: number; column: string; code: string; message: string }[];
      };
      expect(body.summary).toMatchObject({ valid: 3000, rejected: 2 });
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3002, 'id', 'invalid_format'],
        [3003, 'name_en', 'invalid_format'],
      ]);
      for (const e of body.errors) expect(e.message).toContain(says);
      if (lang === 'fr') continue;
      // Kept with the upload record, whose messages may quote a cell: a jsonb column refuses U+0000 (quoted by the
      // duplicate-id message here) and a lone surrogate (an emoji cut in two, once, by the 60-character cut).
      const odd = [
        'q1,Office,45.42,-75.69,kio\u0000sk',
        'q2,Office,45.4\u00002,-75.69,',
        'd\u0000up,Office,45.42,-75.69,',
        'd\u0000up,Office,45.42,-75.69,',
        `q5,Office,45.42,-75.69,${'x'.repeat(56)}🏛tail`,
      ];
      const header = 'id,name_en,lat,lon,site_type';
      const quoting = await post([header, ...rows.slice(1, 3001), ...odd, ''].join('\n'));
      expect(quoting.status).toBe(201);
      const kept = (await quoting.json()) as { id: string };
      const again = await app.request(`/api/v1/jurisdictions/fed-esdc/uploads/${kept.id}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(again.status).toBe(200);
      const stored = (await again.json()) as {
        errors: { row: number; column: string; code: string; message: string }[];
      };
      // A cell with a NUL is said to be one, and nothing more of its row.
      expect(stored.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3002, 'site_type', 'invalid_format'],
        [3003, 'lat', 'invalid_format'],
        [3004, 'id', 'invalid_format'],
        [3005, 'id', 'invalid_format'],
        [3005, 'id', 'duplicate_id'],
        [3006, 'site_type', 'unknown_code'],
      ]);
      expect(stored.errors[4]?.message).toContain('d\u2400up');
      expect(stored.errors[5]?.message).toContain(`"${'x'.repeat(56)}…"`);
      const pub = await app.request(
        `/api/v1/jurisdictions/fed-esdc/uploads/${body.id}/publish?confirm=true`,
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      expect(pub.status).toBe(200);
      expect(((await pub.json()) as { summary: { valid: number } }).summary.valid).toBe(3000);
    }
  });

  it('publishes awkward text as it came, read back the same from the store, every control character and script', async () => {
    // Cells made of whatever a spreadsheet can hold, quoted as CSV; past 64 kB, so a NUL gets this far too.
    const r = rng(11);
    const pieces = [
      'a',
      'é',
      ',',
      ';',
      '"',
      '\\',
      '\t',
      '\n',
      '\r\n',
      '\u0000',
      '\u0001',
      '\u001f',
      '\u007f',
      '\u2028',
      '🏛',
      '\ud800',
      'ᐃᓄ',
      '=',
      '\uFEFF',
      ' ',
    ];
    const cell = () =>
      Array.from({ length: 1 + Math.floor(r() * 12) }, () => pieces[Math.floor(r() * pieces.length)]).join(
        '',
      );
    const quoted = (v: string) => `"${v.replaceAll('"', '""')}"`;
    const rows = ['id,name_en,address,city,lat,lon'];
    for (let i = 0; i < 2000; i++) rows.push(`plain-${i},Plain office ${i},1 Main St,,45.42,-75.69`);
    const sent = new Map<string, { name_en: string; address: string; city: string }>();
    for (let i = 0; i < 2500; i++) {
      const cells = { name_en: `Site ${i} ${cell()}`, address: cell(), city: cell() };
      sent.set(`aw-${i}`, cells);
      rows.push(
        [`aw-${i}`, quoted(cells.name_en), quoted(cells.address), quoted(cells.city), '45.42', '-75.69'].join(
          ',',
        ),
      );
    }
    const res = await post(`${rows.join('\r\n')}\r\n`);
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      summary: { valid: number; rejected: number };
      errors: { row: number; code: string }[];
    };
    const pub = await app.request(`/api/v1/jurisdictions/fed-esdc/uploads/${body.id}/publish?confirm=true`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(pub.status).toBe(200);
    // Cells are trimmed as they are read; a lone surrogate has no UTF-8 form, so it arrives as U+FFFD.
    const asRead = (v: string) =>
      v.trim().replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    // Exactly the rows with a NUL in a cell are rejected, each for that (row n of the file is aw-(n - 2002)).
    const withNul = [...sent].filter(([, c]) => Object.values(c).some((v) => asRead(v).includes('\u0000')));
    expect(withNul.length).toBeGreaterThan(100);
    expect(body.summary.rejected).toBe(withNul.length);
    expect(new Set(body.errors.map((e) => `aw-${e.row - 2002}`))).toEqual(new Set(withNul.map(([id]) => id)));
    expect(body.errors.every((e) => e.code === 'invalid_format')).toBe(true);
    // Read back from the store itself, not the index this process built from the upload: every other row as read.
    const version = ((await pub.json()) as { version: number }).version;
    const stored = (await ctx.store.versionPoints('fed-esdc', version)).filter((p) => sent.has(p.source_id));
    expect(stored).toHaveLength(2500 - withNul.length);
    for (const p of stored) {
      const c = sent.get(p.source_id);
      expect([p.name_en, p.address, p.city], p.source_id).toEqual([
        asRead(c?.name_en ?? ''),
        asRead(c?.address ?? ''),
        asRead(c?.city ?? ''),
      ]);
    }
  });

  it('never answers 500 to garbage: random bytes, random delimiters, quotes and huge cells', async () => {
    const r = rng(42);
    const alphabet = [
      'a',
      'é',
      ',',
      ';',
      '\t',
      '"',
      '\n',
      '\r\n',
      '0',
      '-',
      '.',
      ' ',
      '=',
      '\u0000',
      'Ω',
      '\uFEFF',
    ];
    for (let k = 0; k < 60; k++) {
      let body: Uint8Array<ArrayBuffer> | string;
      if (k % 3 === 0)
        body = Uint8Array.from({ length: 1 + Math.floor(r() * 2000) }, () => Math.floor(r() * 256));
      else {
        const header = k % 2 ? 'id,name_en,lat,lon\n' : '';
        body =
          header +
          Array.from(
            { length: Math.floor(r() * 3000) },
            () => alphabet[Math.floor(r() * alphabet.length)],
          ).join('');
      }
      const res = await post(body, k % 5 === 0 ? 'application/octet-stream' : 'text/csv');
      expect(res.status, `case ${k}`).toBeLessThan(500);
      const json = (await res.json()) as { error?: { message: string }; summary?: unknown };
      expect(json.error?.message ?? json.summary, `case ${k}`).toBeDefined();
    }
    const big = await post(`id,name_en,lat,lon\n1,${'x'.repeat(5_000_000)},45,-75\n`);
    expect(big.status).toBe(201);
    const report = (await big.json()) as { errors: { code: string; column: string }[] };
    expect(report.errors).toEqual([expect.objectContaining({ code: 'invalid_format', column: 'name_en' })]);
  });

  it('never answers 500 to a broken request around the file either', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const refusal = async (res: Response) => ({
      status: res.status,
      code: ((await res.json()) as { error: { code: string } }).error.code,
    });
    // A multipart body cut short or without its boundary (an interrupted browser upload).
    for (const type of ['multipart/form-data; boundary=xyz', 'multipart/form-data']) {
      const res = await post(
        '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nid',
        type,
      );
      expect(await refusal(res), type).toEqual({ status: 400, code: 'malformed_multipart' });
    }
    // A file name with a NUL (which the store cannot keep) is a label: cleaned, not a 500.
    const named = await app.request('/api/v1/jurisdictions/fed-esdc/uploads?file_name=%00x%07.csv', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', ...auth },
      body: 'id,name_en,lat,lon\nn1,Named,45.42,-75.69\n',
    });
    expect(named.status).toBe(201);
    expect(((await named.json()) as { file_name: string }).file_name).toBe('x.csv');
    // A mapping whose header holds a NUL, or that maps two columns to one, says so.
    for (const mapping of [{ 'a\u0000b': 'id' }, { A: 'id', B: 'id' }, { '': 'id' }]) {
      const res = await app.request('/api/v1/jurisdictions/fed-esdc/mapping', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', ...auth },
        body: JSON.stringify({ mapping }),
      });
      expect(await refusal(res), JSON.stringify(mapping)).toEqual({ status: 400, code: 'invalid_mapping' });
    }
    // A header with half of an emoji (a JSON escape can send one; no file's header holds one) is kept as UTF-8
    // would write it, not a 500 from the store.
    const half = await app.request('/api/v1/jurisdictions/fed-esdc/mapping', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: '{"mapping":{"Lat\\ud83citude":"lat"}}',
    });
    expect(half.status).toBe(200);
    const saved = await app.request('/api/v1/jurisdictions/fed-esdc/mapping', { headers: auth });
    expect(((await saved.json()) as { mapping: Record<string, string> }).mapping).toEqual({
      'Lat\ufffditude': 'lat',
    });
    // A mapping body with a field it does not know is refused, not saved without it.
    const extra = await app.request('/api/v1/jurisdictions/fed-esdc/mapping', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ mapping: { Latitude: 'lat' }, defaults: { province: 'on' } }),
    });
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { error: { message: string } }).error.message).toContain('"defaults"');
    // Two files in one upload: one at a time, said so (the last one used to win unsaid).
    const two = new FormData();
    for (const name of ['a.csv', 'b.csv'])
      two.append('file', new File(['id,name_en,lat,lon\nt1,Two,45.42,-75.69\n'], name, { type: 'text/csv' }));
    const both = await app.request('/api/v1/jurisdictions/fed-esdc/uploads', {
      method: 'POST',
      headers: auth,
      body: two,
    });
    expect(await refusal(both)).toEqual({ status: 400, code: 'several_files' });
    // A version number past the 32-bit column names no version: 404, like any other missing one.
    for (const version of ['2147483648', '99999999999999999999']) {
      const res = await app.request(`/api/v1/jurisdictions/fed-esdc/versions/${version}/restore`, {
        method: 'POST',
        headers: auth,
      });
      expect(await refusal(res), version).toEqual({ status: 404, code: 'not_found' });
    }
  });
});
