import { describe, expect, it } from 'vitest';
import { decodeBytes, NotTextError } from '../../server/core/csv/decode-bytes.ts';
import { readTable } from '../../server/core/csv/read-table.ts';

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

describe('decodeBytes', () => {
  it('reads Windows-1252 accents intact', () => {
    const bytes = new Uint8Array([0x4d, 0x6f, 0x6e, 0x74, 0x72, 0xe9, 0x61, 0x6c, 0x20, 0xe8, 0xf4, 0xe7]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Montréal èôç', encoding: 'windows-1252' });
  });
  it('strips a UTF-8 BOM and says it was there', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]));
    expect(d).toEqual({ text: 'id', encoding: 'utf-8-bom' });
  });
  it('refuses a PDF by name', () => {
    expect(() => decodeBytes(new TextEncoder().encode('%PDF-1.7 ...'))).toThrow(NotTextError);
    expect(() => decodeBytes(new TextEncoder().encode('%PDF-1.7 ...'))).toThrow(/PDF/);
  });
});
