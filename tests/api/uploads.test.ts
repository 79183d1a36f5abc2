import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PointFeature } from '../../server/core/geojson.ts';
import type { AppContext } from '../../server/services/app-context.ts';
import { seedIfEmpty } from '../../server/services/seed.ts';
import { DATA, testApp } from '../helpers/context.ts';
import { fixture, tokenFor, type UploadResponse } from '../helpers/uploads.ts';

describe('data refresh through the HTTP API', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let ctx: AppContext;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    ({ app, ctx } = await testApp());
    await seedIfEmpty(ctx, `${DATA}/sample`);
    for (const j of ['on', 'qc', 'bc', 'pe']) tokens[j] = await tokenFor(ctx, j);
  });
  afterAll(() => ctx.store.close());

  const upload = async (
    jurisdiction: string,
    body: Uint8Array<ArrayBuffer> | string,
    type = 'text/csv',
    token = tokens[jurisdiction],
  ) => {
    const res = await app.request(`/api/v1/jurisdictions/${jurisdiction}/uploads?file_name=test.csv`, {
      method: 'POST',
      headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return {
      status: res.status,
      body: (await res.json()) as UploadResponse & { error: { code: string; message: string } },
    };
  };
  const publish = async (jurisdiction: string, id: string, confirm = false) => {
    const res = await app.request(
      `/api/v1/jurisdictions/${jurisdiction}/uploads/${id}/publish${confirm ? '?confirm=true' : ''}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens[jurisdiction]}` },
      },
    );
    return {
      status: res.status,
      body: (await res.json()) as { version: number; error: { code: string; message: string } },
    };
  };
  const published = async (jurisdiction: string) => {
    const res = await app.request(`/api/v1/points?jurisdiction=${jurisdiction}`);
    return ((await res.json()) as { features: PointFeature[] }).features.map((f) => f.properties);
  };

  describe('access', () => {
    it('401 without a token, 401 with a forged one, 403 with another jurisdiction’s token; refusals are logged without the secret', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect((await upload('on', fixture('good-ottawa.csv'), 'text/csv', '')).status).toBe(401);
      const forged = `${tokens.on?.slice(0, -4)}AAAA`;
      const bad = await upload('on', fixture('good-ottawa.csv'), 'text/csv', forged);
      expect(bad.status).toBe(401);
      const other = await upload('on', fixture('good-ottawa.csv'), 'text/csv', tokens.qc);
      expect(other.status).toBe(403);
      expect(other.body.error.message).toContain('"qc"');
      expect(warn).toHaveBeenCalledTimes(3);
      const logged = warn.mock.calls.map((c) => String(c[0])).join('\n');
      // The secret is everything after `pcsm_<12 hex id>_` (it may itself contain underscores).
      for (const t of [tokens.on, tokens.qc, forged])
        expect(logged).not.toContain(String(t).slice('pcsm_'.length + 13));
      warn.mockRestore();
    });

    it('a revoked token is refused', async () => {
      const t = await tokenFor(ctx, 'bc');
      await ctx.store.revokeToken(t.slice('pcsm_'.length, 'pcsm_'.length + 12));
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect((await upload('bc', fixture('good-ottawa.csv'), 'text/csv', t)).status).toBe(401);
      vi.restoreAllMocks();
    });
  });

  describe('bad input gets exact, row-level answers and changes nothing', () => {
    it('bad-values.csv: one code per row, with spreadsheet row numbers and a suggestion', async () => {
      const before = await published('on');
      const { status, body } = await upload('on', fixture('bad-values.csv'));
      expect(status).toBe(201);
      const got = body.errors.filter((e) => e.severity === 'error').map((e) => [e.row, e.code, e.column]);
      expect(got).toEqual([
        [2, 'swapped_coordinates', 'lat'],
        [3, 'out_of_canada', 'lat'],
        [4, 'outside_province', 'lat'],
        [5, 'unknown_code', 'services'],
        [6, 'invalid_hours', 'hours'],
        [7, 'invalid_format', 'postal_code'],
        [8, 'invalid_format', 'phone'],
        [9, 'invalid_format', 'email'],
        [10, 'invalid_format', 'website'],
        [11, 'unknown_code', 'site_type'],
        [12, 'unknown_code', 'languages'],
        [13, 'unknown_code', 'accessibility'],
        [15, 'duplicate_id', 'id'],
        [16, 'required', 'id'],
        [17, 'required', 'name_en'],
        [18, 'required', 'lat'],
        [19, 'invalid_format', 'last_verified'],
      ]);
      expect(body.summary).toMatchObject({ rows: 18, valid: 1, rejected: 17 });
      expect(body.errors.find((e) => e.row === 5)?.message).toContain('did you mean "health-card"');
      expect(body.errors.find((e) => e.row === 2)?.message).toMatch(/swapped/);
      expect(await published('on')).toEqual(before);
    });

    it('issues are written in the steward’s language: ?lang=fr, else Accept-Language, else English', async () => {
      const send = async (query: string, headers: Record<string, string> = {}) => {
        const res = await app.request(`/api/v1/jurisdictions/on/uploads${query}`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${tokens.on}`, ...headers },
          body: fixture('bad-values.csv'),
        });
        return {
          status: res.status,
          body: (await res.json()) as UploadResponse & { error: { message: string } },
        };
      };
      const english = await send('');
      const french = await send('?lang=fr');
      const byHeader = await send('', { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.8' });
      const where = (b: UploadResponse) => b.errors.map((e) => [e.row, e.code, e.column]);
      // The same problems, only their words differ.
      expect(where(french.body)).toEqual(where(english.body));
      expect(byHeader.body.errors.map((e) => e.message)).toEqual(french.body.errors.map((e) => e.message));
      const message = (row: number) => french.body.errors.find((e) => e.row === row)?.message;
      expect(message(2)).toBe(
        'Ligne 2, colonne lat : attendu une latitude entre 41,6 et 83,2 (Canada), reçu -75.69 — la latitude et la longitude semblent inversées. Échangez les cellules lat et lon.',
      );
      expect(message(5)).toContain('« helth-card » n’est pas un code connu');
      expect(message(5)).toContain('vouliez-vous dire « health-card »?');
      expect(message(7)).toContain('attendu un code postal canadien tel que K1A 0B1, reçu « 12345 »');
      expect(message(15)).toContain('figure déjà à la ligne 14');
      // The opening-hours parser's own explanation too.
      expect(message(6)).toContain('Caractère inattendu');
      for (const e of french.body.errors)
        expect(e.message, `row ${e.row}`).not.toMatch(/\b(expected|got|Row)\b/);
      // The English default is unchanged, and a language we do not write is refused, not ignored.
      expect(english.body.errors.find((e) => e.row === 2)?.message).toMatch(
        /^Row 2, column lat: expected a latitude/,
      );
      const german = await send('?lang=de');
      expect(german.status).toBe(400);
      expect(german.body.error.message).toMatch(/^lang: expected "en" or "fr" .*, got "de"\./);
    });

    it('a PDF and an Excel workbook are 415 with "save as CSV"', async () => {
      for (const [name, type] of [
        ['not-a-csv.pdf', 'text/csv'],
        ['spreadsheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        ['spreadsheet.xlsx', 'text/csv'],
      ] as const) {
        const r = await upload('on', fixture(name), type);
        expect(r.status, name).toBe(415);
        expect(r.body.error.code).toBe('not_csv');
        expect(r.body.error.message).toContain('CSV');
      }
    });

    it('an unterminated quote, a ragged row and an unknown header are row/file-level errors, never a 500', async () => {
      const quote = await upload('on', fixture('unterminated-quote.csv'));
      expect(quote.status).toBe(201);
      expect(quote.body.errors[0]).toMatchObject({ row: 2, code: 'invalid_format' });
      const ragged = await upload('on', fixture('ragged-row.csv'));
      expect(ragged.body.errors).toEqual([expect.objectContaining({ row: 3, code: 'ragged_row' })]);
      expect(ragged.body.summary).toMatchObject({ rows: 3, valid: 2, rejected: 1 });
      const header = await upload('on', fixture('no-recognisable-header.csv'));
      expect(header.body.errors[0]).toMatchObject({ code: 'required', row: 1, column: '' });
      expect(header.body.errors[0]?.message).toContain('No recognisable column');
      expect(header.body.summary.valid).toBe(0);
    });

    it('a file read only in part cannot be published: not even confirmed, not by the CLI either', async () => {
      const before = await published('on');
      const cases = [
        { file: fixture('late-unterminated-quote.csv'), from: 3, valid: 1 },
        { file: fixture('no-recognisable-header.csv'), from: 1, valid: 0 },
        { file: new Uint8Array(0), from: 1, valid: 0 },
      ];
      for (const c of cases) {
        const up = await upload('on', c.file);
        expect(up.status).toBe(201);
        expect(up.body).toMatchObject({ unreadable_from: c.from, summary: { valid: c.valid } });
        const pub = await publish('on', up.body.id, true);
        expect(pub.status).toBe(422);
        expect(pub.body.error.code).toBe('unreadable_file');
        expect(pub.body.error.message).toContain(`could not be read from row ${c.from} on`);
      }
      expect(await published('on')).toEqual(before);
      const good = await upload('on', fixture('good-ottawa.csv'));
      expect(good.body.unreadable_from).toBeNull();
    });

    it('a body over MAX_UPLOAD_MB is 413 with the limit in the message', async () => {
      const { ctx: smallCtx } = await testApp();
      // The limit is read when the routes are built, so build an app with a small one.
      const { createApp } = await import('../../server/api/app.ts');
      const limited = createApp({ ...smallCtx, maxUploadBytes: 1.5 * 1024 * 1024 });
      const t = await tokenFor(smallCtx, 'on');
      const res = await limited.request('/api/v1/jurisdictions/on/uploads', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${t}` },
        body: 'id,name_en,lat,lon\n'.padEnd(2 * 1024 * 1024, 'x'),
      });
      expect(res.status).toBe(413);
      const { error } = (await res.json()) as { error: { message: string; details: unknown } };
      expect(error.message).toContain('larger than the 1.5 MB limit (MAX_UPLOAD_MB)');
      // The portal writes the refusal in the steward's language from it.
      expect(error.details).toEqual({ limit_mb: 1.5 });
      await smallCtx.store.close();
    });
  });

  describe('tolerant reading', () => {
    it('a Windows-1252, semicolon, French-header file with decimal commas publishes with accents intact', async () => {
      const { status, body } = await upload('qc', fixture('win1252-semicolon-french.csv'));
      expect(status).toBe(201);
      expect(body).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
      expect(body.errors.filter((e) => e.severity === 'error')).toEqual([]);
      expect(body.summary.valid).toBe(4);
      const pub = await publish('qc', body.id, true);
      expect(pub.status).toBe(200);
      const qc = await published('qc');
      const tr = qc.find((p) => p.source_id === 'qc-2');
      expect(tr).toMatchObject({
        city: 'Trois-Rivières',
        name_fr: 'Bureau de Trois-Rivières',
        lat: 46.3432,
        lon: -72.5477,
      });
      expect(qc.find((p) => p.source_id === 'qc-1')?.services).toEqual([
        'birth-certificate',
        'change-of-address',
      ]);
      expect(qc.find((p) => p.source_id === 'qc-4')?.city).toBe('Côte-Saint-Luc');
      // Windows-1252's own characters (0x80–0x9F), not Latin-1's control codes: the dash is a dash.
      expect(qc.find((p) => p.source_id === 'qc-1')?.name_fr).toBe('Services Québec – Montréal');
    });

    it('a UTF-8 BOM, blank lines and padded cells are read as a spreadsheet shows them', async () => {
      const { body } = await upload('qc', fixture('bom-blank-lines.csv'));
      expect(body.encoding).toBe('utf-8-bom');
      expect(body.summary.valid).toBe(2);
      const res = await app.request(`/api/v1/jurisdictions/qc/uploads/${body.id}/diff.geojson`, {
        headers: { Authorization: `Bearer ${tokens.qc}` },
      });
      const names = ((await res.json()) as { features: PointFeature[] }).features
        .filter((f) => (f.properties as { change?: string }).change === 'added')
        .map((f) => f.properties.name_en);
      expect(names).toEqual(['Montréal office', 'Laval']);
    });

    it('a postal code without coordinates is placed at its FSA centroid, flagged approximate, as a warning', async () => {
      const { body } = await upload('on', fixture('postal-only.csv'));
      expect(body.warnings.map((e) => [e.row, e.code])).toEqual([[2, 'approximate_location']]);
      expect(body.errors.map((e) => [e.row, e.code])).toEqual([[3, 'required']]);
      expect(body.summary).toMatchObject({ valid: 1, rejected: 1 });
    });

    it('a saved column mapping reads a file with its own headers', async () => {
      const put = await app.request('/api/v1/jurisdictions/bc/mapping', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.bc}` },
        body: JSON.stringify({
          mapping: { 'Office Code': 'id', 'Office Title': 'name_en', 'Y (WGS84)': 'lat', 'X (WGS84)': 'lon' },
        }),
      });
      expect(put.status).toBe(200);
      const { body } = await upload(
        'bc',
        'Office Code,Office Title,Y (WGS84),X (WGS84)\nv1,Victoria office,48.4284,-123.3656\n',
      );
      expect(body.summary.valid).toBe(1);
      const bad = await app.request('/api/v1/jurisdictions/bc/mapping', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.bc}` },
        body: JSON.stringify({ mapping: { X: 'longitude-ish' } }),
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
        'not a template column',
      );
    });
  });

  describe('preview, publish, history, restore', () => {
    it('a preview changes nothing public; publish changes exactly the diff; restore brings back the earlier set exactly', async () => {
      const sampleOn = await published('on');
      const onVersion = await ctx.store.publishedVersion('on');
      const { body } = await upload('on', fixture('good-ottawa.csv'));
      expect(body.summary).toMatchObject({
        rows: 3,
        valid: 3,
        rejected: 0,
        added: 3,
        removed: sampleOn.length,
        unchanged: 0,
      });
      expect(body.needs_confirmation).toBe(true);
      expect(body.suspicious.map((s) => s.kind)).toContain('mass_removal');
      const n = sampleOn.length;
      const removal = (b: UploadResponse) => b.suspicious.find((s) => s.kind === 'mass_removal')?.message;
      expect(removal(body)).toBe(
        `${n} of the ${n} published points (100 %) would be removed. Is the file complete?`,
      );
      // In the steward's language, like the row issues.
      const fr = await app.request('/api/v1/jurisdictions/on/uploads?file_name=test.csv&lang=fr', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${tokens.on}` },
        body: fixture('good-ottawa.csv'),
      });
      expect(removal((await fr.json()) as UploadResponse)).toBe(
        `${n} des ${n} points publiés (100 %) seraient retirés. Le fichier est-il complet?`,
      );
      expect(await published('on')).toEqual(sampleOn);

      const refused = await publish('on', body.id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('confirmation_required');
      expect(await published('on')).toEqual(sampleOn);

      const ok = await publish('on', body.id, true);
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe((onVersion ?? 0) + 1);
      expect((await published('on')).map((p) => p.id).sort()).toEqual(['on:ott-1', 'on:ott-2', 'on:ott-3']);
      // Nothing of another jurisdiction changed.
      expect((await published('nb')).length).toBeGreaterThan(0);
      // The set this publish installed was validated here: the next upload need not check its unchanged rows again.
      expect(ctx.index.published('on')?.validated).toBe(true);

      const history = (await (await app.request('/api/v1/jurisdictions/on/versions')).json()) as {
        versions: { version: number; published_by: string; file_name: string; file_hash: string }[];
      };
      expect(history.versions.map((v) => v.version)).toEqual([2, 1]);
      expect(history.versions[0]).toMatchObject({
        file_name: 'test.csv',
        file_hash: createHash('sha256').update(fixture('good-ottawa.csv')).digest('hex'),
      });
      expect(history.versions[0]?.published_by).toMatch(/^[0-9a-f]{12}$/);
      // The public history names the token by its id only; the jurisdiction's own token also sees its label.
      expect(history.versions[0]).not.toHaveProperty('published_by_label');
      const historyWith = async (token: string) =>
        (
          (await (
            await app.request('/api/v1/jurisdictions/on/versions', {
              headers: { Authorization: `Bearer ${token}` },
            })
          ).json()) as { versions: { published_by: string; published_by_label?: string }[] }
        ).versions;
      expect((await app.request('/api/v1/jurisdictions/on/versions')).headers.get('vary')).toBe(
        'Authorization',
      );
      const own = await historyWith(tokens.on as string);
      expect(own[0]).toMatchObject({
        published_by: history.versions[0]?.published_by,
        published_by_label: 'test',
      });
      // The sample's version was published by no token: nothing to name.
      expect(own.at(-1)).not.toHaveProperty('published_by_label');
      // Another jurisdiction's token, or a made-up one, gets the public answer (a read is never refused); trying a
      // token that is not valid leaves a trace in the log, without the secret.
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const madeUp = `${tokens.on?.slice(0, -4)}AAAA`;
      for (const other of [tokens.qc as string, madeUp])
        expect((await historyWith(other)).some((v) => 'published_by_label' in v)).toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(
        /^\[auth\] ignored GET \/api\/v1\/jurisdictions\/on\/versions: unknown or malformed token/,
      );
      expect(String(warn.mock.calls[0]?.[0])).not.toContain(madeUp.slice('pcsm_'.length + 13));
      warn.mockRestore();

      const restore = await app.request('/api/v1/jurisdictions/on/versions/1/restore', {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.on}` },
      });
      expect(restore.status).toBe(200);
      expect(((await restore.json()) as { version: number; restored_from: number }).restored_from).toBe(1);
      // The same points, field for field; only modified_at moves, because a restore is a change to sync.
      const restored = await published('on');
      const withoutStamp = (ps: typeof sampleOn) => ps.map(({ modified_at: _, ...rest }) => rest);
      expect(withoutStamp(restored)).toEqual(withoutStamp(sampleOn));
      expect(restored.every((p) => p.modified_at > (sampleOn[0]?.modified_at ?? ''))).toBe(true);
      // Read back from the store: the next upload checks every row under today's rules.
      expect(ctx.index.published('on')?.validated).toBe(false);
    });

    it('a changed point is reported with its fields; a move over 1 km needs confirmation', async () => {
      const first = await upload(
        'bc',
        'id,name_en,lat,lon,phone\nx,Victoria,48.4284,-123.3656,250-555-0100\n',
      );
      await publish('bc', first.body.id, true);
      const moved = await upload(
        'bc',
        'id,name_en,lat,lon,phone\nx,Victoria,48.4500,-123.3656,250-555-0199\n',
      );
      expect(moved.body.diff.changed).toEqual([
        { id: 'bc:x', fields: ['lat', 'phone'], moved_m: expect.any(Number) },
      ]);
      expect(moved.body.diff.changed[0]?.moved_m).toBeGreaterThan(2000);
      expect(moved.body.suspicious.map((s) => s.kind)).toEqual(['moved']);
      expect((await publish('bc', moved.body.id)).body.error.code).toBe('confirmation_required');
    });

    it('the template downloads with a byte order mark, so a spreadsheet reads its accents as UTF-8', async () => {
      const res = await app.request('/api/v1/template.csv');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes.slice(3, 20))).toMatch(/^id,/);
    });

    it('a file without a column that published points fill asks for confirmation, naming the column', async () => {
      const before = await published('pe');
      const file = `id,name_en,name_fr,lat,lon\n${before.map((p) => `${p.source_id},${p.name_en},${p.name_fr},${p.lat},${p.lon}`).join('\n')}\n`;
      const { body } = await upload('pe', file);
      type Missing = { kind: string; column?: string; erased?: number; message: string };
      const hours = (body.suspicious as Missing[]).find(
        (x) => x.kind === 'missing_column' && x.column === 'hours',
      );
      expect(hours?.erased).toBe(before.filter((p) => p.hours !== '').length);
      expect(hours?.message).toContain('The file has no hours column');
      expect(body.needs_confirmation).toBe(true);
      expect((await publish('pe', body.id)).body.error.code).toBe('confirmation_required');
    });

    it('publishing an upload whose base is no longer published is 409 stale_base', async () => {
      const a = await upload(
        'bc',
        'id,name_en,lat,lon\nx,Victoria,48.4284,-123.3656\ny,Saanich,48.48,-123.38\n',
      );
      const b = await upload(
        'bc',
        'id,name_en,lat,lon\nx,Victoria,48.4284,-123.3656\nz,Esquimalt,48.43,-123.41\n',
      );
      // Confirmed: their missing columns would erase the sample's hours and services (a suspicious change).
      expect((await publish('bc', a.body.id, true)).status).toBe(200);
      const stale = await publish('bc', b.body.id, true);
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('stale_base');
      expect(stale.body.error.message).toContain('Upload the file again');
    });

    it('the error report is the steward’s file with an error column, and re-uploading it works', async () => {
      const { body } = await upload('on', fixture('ragged-row.csv'));
      const res = await app.request(`/api/v1/jurisdictions/on/uploads/${body.id}/errors.csv`, {
        headers: { Authorization: `Bearer ${tokens.on}` },
      });
      expect(res.status).toBe(200);
      const text = (await res.text()).replace('\uFEFF', '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe('row,id,name_en,lat,lon,services,error');
      expect(lines).toHaveLength(4);
      expect(lines[2]).toContain('Row 3 has 6 cells');
      expect(lines[1]?.endsWith(',')).toBe(true);
      const again = await upload('on', text);
      expect(again.body.warnings.filter((e) => e.code === 'unknown_column')).toEqual([]);
    });

    it('names a column by the file’s own header where it differs from the template’s', async () => {
      const file = 'Identifiant;Nom FR;Latitude;Longitude;Type de site\nq9;Bureau;46,81;-71,21;château\n';
      const { body } = await upload('qc', file);
      const issue = body.errors.find((e) => e.code === 'unknown_code');
      expect(issue).toMatchObject({ row: 2, column: 'site_type' });
      expect(issue?.message).toMatch(/^Row 2, column Type de site \(site_type\): /);
    });

    it('the error report of a French ";" file keeps its delimiter and decimal commas, and uploads back as is', async () => {
      const file =
        'id;nom;latitude;longitude\nq1;Bureau de Québec;46,8139;-71,2080\nq2;Bureau perdu;91,0;-71,2\n';
      const { body } = await upload('qc', file);
      expect(body.summary).toMatchObject({ valid: 1, rejected: 1 });
      const res = await app.request(`/api/v1/jurisdictions/qc/uploads/${body.id}/errors.csv`, {
        headers: { Authorization: `Bearer ${tokens.qc}` },
      });
      const text = (await res.text()).replace('\uFEFF', '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe('row;id;nom;latitude;longitude;error');
      // A negative longitude with a decimal comma is a number, not a formula: no quote in front.
      expect(lines[1]).toBe('2;q1;Bureau de Québec;46,8139;-71,2080;');
      const again = await upload('qc', text);
      expect(again.body.summary).toMatchObject({ valid: 1, rejected: 1 });
      expect(again.body.errors.map((e) => e.row)).toEqual([3]);
    });

    it('exports neutralise formulas from uploaded cells; the API returns them as plain text', async () => {
      const { body } = await upload('on', fixture('formula-cells.csv'));
      expect((await publish('on', body.id, true)).status).toBe(200);
      const csv = await (await app.request('/api/v1/export.csv?jurisdiction=on')).text();
      expect(csv).toContain(`'=HYPERLINK`);
      expect(csv).toContain(`'@SUM(1+1)`);
      expect(csv).toMatch(/,45\.42,-75\.69,/);
      const json = (await published('on'))[0];
      expect(json?.name_en).toBe('=HYPERLINK("http://evil.example")');
    });
  });
});
