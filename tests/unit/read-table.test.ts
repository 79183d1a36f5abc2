import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeInPieces, NotTextError } from '../../server/core/csv/decode-bytes.ts';
import { readTable, scanTable } from '../../server/core/csv/read-table.ts';

describe('readTable', () => {
  it('maps French headers, case and accents ignored, and sniffs semicolons', () => {
    const t = readTable(
      'Identifiant;Nom_FR;LATITUDE;Longitude;Accessibilité\r\na-1;Bureau;45,5;-73,6;step_free\r\n',
    );
    expect(t.delimiter).toBe(';');
    expect(t.columns).toEqual(['id', 'name_fr', 'lat', 'lon', 'accessibility']);
    expect(t.rows[0]?.cells).toMatchObject({
      id: 'a-1',
      name_fr: 'Bureau',
      lat: '45,5',
      lon: '-73,6',
      accessibility: 'step_free',
    });
  });

  it('counts rows as a spreadsheet does: header is 1, blank lines counted, and skips blank rows', () => {
    const t = readTable('id,name_en\n\nx,One\n \ny,Two\n');
    expect(t.rows.map((r) => [r.row, r.cells.id])).toEqual([
      [3, 'x'],
      [5, 'y'],
    ]);
  });

  it('reports a row with more cells than the header as ragged, keeps the others', () => {
    const t = readTable('id,name_en,services\na,A,sin\nb,B,sin,ei\nc,C,ei\n');
    expect(t.rows.map((r) => r.cells.id)).toEqual(['a', 'c']);
    expect(t.issues).toEqual([expect.objectContaining({ row: 3, code: 'ragged_row', severity: 'error' })]);
  });

  it('reports a header with no known column as a file-level error', () => {
    const t = readTable('foo,bar\n1,2\n');
    expect(t.rows).toHaveLength(0);
    expect(t.issues[0]).toMatchObject({ code: 'required', row: 1, severity: 'error' });
    expect(t.issues[0]?.message).toContain('foo,bar');
  });

  it('reports an unterminated quote at the row where it starts', () => {
    const t = readTable('id,name_en\na,"Open quote\nb,B\n');
    expect(t.issues.some((i) => i.code === 'invalid_format' && i.row === 2)).toBe(true);
  });
});

describe('scanTable', () => {
  it('numbers rows across parser chunks, quoted line breaks and blank lines included, as readTable does', () => {
    // ~3 MB: the parser reads 1 MB at a time, so quoted cells and rows straddle its chunk boundaries.
    const lines = ['id,name_en,address'];
    for (let i = 0; i < 40_000; i++) {
      if (i % 7 === 0) lines.push('');
      lines.push(
        i % 5 === 0
          ? `s-${i},"Office, ${i}","Suite ${i}\nFloor 2 ${'x'.repeat(40)}"`
          : `s-${i},Office ${i},${'y'.repeat(40)}`,
      );
    }
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(2.5 * (1 << 20));
    const seen: { row: number; id: string; address: string }[] = [];
    const scan = scanTable(text, {}, (r) =>
      seen.push({ row: r.row, id: r.cells.id, address: r.cells.address }),
    );
    const whole = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
    const expected = whole.flatMap((cells, i) =>
      i === 0 || cells.every((c) => c === '') ? [] : [{ row: i + 1, id: cells[0], address: cells[2] }],
    );
    expect(seen).toHaveLength(40_000);
    expect(seen).toEqual(expected);
    expect(scan.rowCount).toBe(40_000);
    expect(seen.find((r) => r.id === 's-35')?.address).toBe(`Suite 35\nFloor 2 ${'x'.repeat(40)}`);
  });

  it('reads Windows line breaks and a cell longer than a chunk mid-file as Papa.parse does whole', () => {
    const lines = ['id,name_en,address'];
    for (let i = 0; i < 12_000; i++)
      lines.push(
        i === 6_000
          ? `s-${i},"Huge ${'h'.repeat(600_000)}",x`
          : `s-${i},Office ${i},"Line ${i}\r\nFloor ${i % 9} ${'y'.repeat(30)}"`,
      );
    const text = `${lines.join('\r\n')}\r\n`;
    const seen: string[][] = [];
    scanTable(text, {}, (r) => seen.push([String(r.row), r.cells.id, r.cells.name_en, r.cells.address]));
    const whole = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(seen).toEqual(whole.slice(1).map((c, i) => [String(i + 2), c[0], c[1], c[2]]));
    expect(seen[6_000]?.[2]).toHaveLength(600_005);
    expect(seen[1]?.[3]).toBe(`Line 1\r\nFloor 1 ${'y'.repeat(30)}`);
  });

  it('reads a header line longer than a parser chunk', () => {
    const long = 'z'.repeat(300_000);
    const rows: string[] = [];
    const scan = scanTable(`id,name_en,${long}\na,Office A,\nb,Office B,\n`, {}, (r) =>
      rows.push(r.cells.id),
    );
    expect(scan.columns).toEqual(['id', 'name_en', undefined]);
    expect(rows).toEqual(['a', 'b']);
    expect(scan.issues).toEqual([expect.objectContaining({ code: 'unknown_column', row: 1 })]);
  });

  it('reads the pieces of a decoder as it reads the whole text, rows and quoted cells cut anywhere', () => {
    const lines = ['\uFEFFid;name_fr;address;lat'];
    for (let i = 0; i < 3_000; i++)
      lines.push(
        `q-${i};"Bureau ${i}; Montréal";"${i % 3 ? 'Rue' : 'Côte\r\n'} Saint-Hubert ${'é'.repeat(i % 40)}";45,${i}`,
      );
    const text = `${lines.join('\r\n')}\r\n`;
    const bytes = new TextEncoder().encode(text);
    const read = (source: string | Iterable<string>) => {
      const rows: string[][] = [];
      const scan = scanTable(source, {}, (r) =>
        rows.push([String(r.row), r.cells.id, r.cells.name_fr, r.cells.address, r.cells.lat]),
      );
      return { rows, delimiter: scan.delimiter, header: scan.header, issues: scan.issues };
    };
    const whole = read(decodeBytes(bytes).text);
    expect(whole.rows).toHaveLength(3_000);
    expect(whole.rows[3]).toEqual(['5', 'q-3', 'Bureau 3; Montréal', 'Côte\r\n Saint-Hubert ééé', '45,3']);
    // Pieces of 7 and 4,096 bytes: `é` and `ô` cut in two, rows cut everywhere; 1 MB: the usual size here.
    for (const size of [7, 4_096, 1 << 20]) {
      const { pieces, encoding } = decodeInPieces(bytes, size);
      expect(encoding).toBe('utf-8-bom');
      expect(read(pieces)).toEqual(whole);
    }
  });

  it('reports an unterminated quote in a later chunk at its own row', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `s-${i},Office ${i} ${'z'.repeat(40)}`);
    rows[25_000] = 's-25000,"Never closed';
    const scan = scanTable(`id,name_en\n${rows.join('\n')}\n`, {}, () => {});
    expect(scan.issues).toEqual([expect.objectContaining({ code: 'invalid_format', row: 25_002 })]);
    expect(scan.rowCount).toBe(25_000);
  });
});

describe('decodeBytes', () => {
  it('reads Windows-1252 accents intact', () => {
    const bytes = new Uint8Array([0x4d, 0x6f, 0x6e, 0x74, 0x72, 0xe9, 0x61, 0x6c, 0x20, 0xe8, 0xf4, 0xe7]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Montréal èôç', encoding: 'windows-1252' });
  });
  it('strips a UTF-8 BOM and says it was there', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]));
    expect(d).toEqual({ text: 'id', encoding: 'utf-8-bom' });
  });
  it('decodes in pieces exactly what it decodes whole, a Windows-1252 byte late in the file included', () => {
    const utf8 = new TextEncoder().encode(`id,name\n${'a,Montréal\n'.repeat(5_000)}`);
    const late = new Uint8Array(utf8.length + 2);
    late.set(utf8);
    late.set([0xe9, 0x0a], utf8.length); // a lone Windows-1252 `é` after 55 kB of valid UTF-8
    for (const bytes of [utf8, late]) {
      const whole = decodeBytes(bytes);
      const { encoding, pieces } = decodeInPieces(bytes, 1_000);
      expect(encoding).toBe(whole.encoding);
      expect([...pieces].join('')).toBe(whole.text);
    }
    expect(decodeBytes(late).encoding).toBe('windows-1252');
    // Not valid UTF-8 as a whole, so all of it is read as Windows-1252, as before.
    expect(decodeBytes(late).text.endsWith('MontrÃ©al\né\n')).toBe(true);
  });
  it('refuses a PDF by name', () => {
    expect(() => decodeBytes(new TextEncoder().encode('%PDF-1.7 ...'))).toThrow(NotTextError);
    expect(() => decodeBytes(new TextEncoder().encode('%PDF-1.7 ...'))).toThrow(/PDF/);
  });
});
