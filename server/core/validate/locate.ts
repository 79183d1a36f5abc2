import { insideCanadaBox } from '../geo/distance.ts';
import type { RowIssue } from '../schemas.ts';
import { checkNumber } from './field-formats.ts';
import { quote, rowError } from './row-issues.ts';
import type { ValidationContext } from './validate-rows.ts';

/** Distance from a province outline within which a point still counts as inside it (boundaries are simplified). */
export const PROVINCE_TOLERANCE_M = 10_000;

/** Coordinates from lat/lon, or from the FSA centroid of the postal code (flagged approximate). */
export function locate(
  latCell: string,
  lonCell: string,
  postal: string | undefined,
  province: string,
  row: number,
  ctx: ValidationContext,
  out: RowIssue[],
): { lat: number; lon: number; approximate: boolean } | undefined {
  const text = ctx.text;
  // rowError directly, not a closure over it: a named closure made per row costs tsx's (esbuild's keepNames)
  // `__name` call, an Object.defineProperty, on each of 100k rows (~35 ms of a 100k preview, profiled).
  if (latCell === '' && lonCell === '') {
    if (!postal) return rowError(out, text, row, 'lat', 'required', text.noLocation);
    const fsa = postal.slice(0, 3);
    const centroid = ctx.fsaCentroid(fsa);
    if (!centroid) return rowError(out, text, row, 'lat', 'required', text.unknownFsa(fsa));
    // Placed by its postal code, a site is checked against its province as one placed by coordinates is.
    const expected = ctx.jurisdiction.level === 'federal' ? province : (ctx.jurisdiction.province ?? '');
    if (
      expected &&
      centroid.province &&
      /^[a-z]{2}$/.test(centroid.province) &&
      centroid.province !== expected
    ) {
      return rowError(
        out,
        text,
        row,
        'postal_code',
        'outside_province',
        text.postalOutsideProvince(fsa, centroid.province.toUpperCase(), expected.toUpperCase()),
      );
    }
    out.push({
      row,
      column: 'lat',
      code: 'approximate_location',
      message: text.approximate(row, fsa),
      severity: 'warning',
    });
    return { lat: centroid.lat, lon: centroid.lon, approximate: true };
  }
  if (latCell === '') return rowError(out, text, row, 'lat', 'required', text.latMissing);
  if (lonCell === '') return rowError(out, text, row, 'lon', 'required', text.lonMissing);
  const lat = checkNumber(latCell, ctx.decimalComma);
  const lon = checkNumber(lonCell, ctx.decimalComma);
  if (!lat.ok)
    return rowError(
      out,
      text,
      row,
      'lat',
      'invalid_format',
      text.badFormat(text.expected[lat.expected], quote(text, latCell), undefined),
    );
  if (!lon.ok)
    return rowError(
      out,
      text,
      row,
      'lon',
      'invalid_format',
      text.badFormat(text.expected[lon.expected], quote(text, lonCell), undefined),
    );
  if (!insideCanadaBox(lon.value, lat.value)) {
    if (insideCanadaBox(lat.value, lon.value)) {
      return rowError(out, text, row, 'lat', 'swapped_coordinates', text.swapped(latCell));
    }
    if (insideCanadaBox(-lon.value, lat.value)) {
      return rowError(out, text, row, 'lon', 'out_of_canada', text.minusMissing(lonCell));
    }
    return rowError(out, text, row, 'lat', 'out_of_canada', text.outsideCanada(latCell, lonCell));
  }
  const j = ctx.jurisdiction;
  const expected = j.level === 'federal' ? province : (j.province ?? '');
  if (
    expected &&
    ctx.provinces?.has(expected) &&
    !ctx.provinces.near(expected, lon.value, lat.value, PROVINCE_TOLERANCE_M)
  ) {
    const actual = ctx.provinces.provinceAt(lon.value, lat.value);
    return rowError(
      out,
      text,
      row,
      'lat',
      'outside_province',
      text.outsideProvince(latCell, lonCell, actual?.toUpperCase(), expected.toUpperCase()),
    );
  }
  return { lat: lat.value, lon: lon.value, approximate: false };
}
