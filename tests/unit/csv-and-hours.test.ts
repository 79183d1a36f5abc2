import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../server/core/csv/write-csv.ts';
import { isOpenAt, parseOpenAt } from '../../server/core/open-at.ts';
import type { ServicePoint } from '../../server/core/schemas.ts';
import { timezoneFor } from '../../server/core/timezone.ts';

describe('safe CSV export', () => {
  it('neutralises formulas but keeps numbers, negative longitudes included', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(safeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(safeCell('+1 613 555')).toBe(`'+1 613 555`);
    expect(safeCell('-75.69')).toBe('-75.69');
    expect(safeCell('Montréal')).toBe('Montréal');
    expect(toCsv(['a', 'b'], [['-1', '=1+1']])).toBe(`a,b\r\n-1,'=1+1`);
  });
});

describe('opening hours at a time', () => {
  const p = (hours: string, province: string, lon: number, lat: number) =>
    ({ hours, province, lon, lat }) as ServicePoint;
  const ottawa = p('Mo-Fr 08:30-16:30; PH off', 'ON', -75.7, 45.42);
  const vancouver = p('Mo-Fr 08:30-16:30; PH off', 'BC', -123.1, 49.28);

  it('evaluates an instant in each point’s own time zone', () => {
    const at = parseOpenAt('2026-11-23T14:00:00Z'); // Monday 09:00 in Ottawa, 06:00 in Vancouver
    expect(isOpenAt(ottawa, at)).toBe(true);
    expect(isOpenAt(vancouver, at)).toBe(false);
  });

  it('evaluates a wall-clock time at each point', () => {
    const at = parseOpenAt('2026-11-23T09:00');
    expect(isOpenAt(ottawa, at)).toBe(true);
    expect(isOpenAt(vancouver, at)).toBe(true);
  });

  it('closes on public holidays when the hours say PH off, and a point without hours is never open', () => {
    expect(isOpenAt(ottawa, parseOpenAt('2026-07-01T10:00'))).toBe(false);
    expect(isOpenAt(p('', 'ON', -75.7, 45.42), parseOpenAt('2026-11-23T10:00'))).toBe(false);
  });

  it('knows the time zones that split provinces', () => {
    expect(timezoneFor('on', -94.49, 49.77)).toBe('America/Winnipeg'); // Kenora
    expect(timezoneFor('nu', -68.5, 63.7)).toBe('America/Iqaluit');
    expect(timezoneFor('sk', -104.6, 50.4)).toBe('America/Regina');
  });
});
