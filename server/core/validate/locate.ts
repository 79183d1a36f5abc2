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
  if (latCell === '' && lonCell === '') {
    const fsa = postal?.slice(0, 3);
    const centroid = fsa ? ctx.fsaCentroid(fsa) : undefined;
    if (!centroid) {
      return rowError(
        out,
        row,
        'lat',
        'required',
        postal
          ? `no coordinates, and the postal code's area (${fsa}) is not in the reference FSA list. Add lat and lon.`
          : 'a site needs coordinates (lat and lon) or a postal code. Add either.',
      );
    }
    out.push({
      row,
      column: 'lat',
      code: 'approximate_location',
      message: `Row ${row}: no coordinates, so the site is placed at the centre of postal area ${fsa} and marked approximate. Add lat and lon for an exact position.`,
      severity: 'warning',
    });
    return { ...centroid, approximate: true };
  }
  if (latCell === '')
    return rowError(out, row, 'lat', 'required', 'lon is given but lat is empty. Add the latitude.');
  if (lonCell === '')
    return rowError(out, row, 'lon', 'required', 'lat is given but lon is empty. Add the longitude.');
  const lat = checkNumber(latCell, ctx.decimalComma);
  const lon = checkNumber(lonCell, ctx.decimalComma);
  if (!lat.ok)
    return rowError(out, row, 'lat', 'invalid_format', `expected ${lat.expected}, got ${quote(latCell)}.`);
  if (!lon.ok)
    return rowError(out, row, 'lon', 'invalid_format', `expected ${lon.expected}, got ${quote(lonCell)}.`);
  if (!insideCanadaBox(lon.value, lat.value)) {
    if (insideCanadaBox(lat.value, lon.value)) {
      return rowError(
        out,
        row,
        'lat',
        'swapped_coordinates',
        `expected a latitude between 41.6 and 83.2 (Canada), got ${latCell} — latitude and longitude look swapped. Exchange the lat and lon cells.`,
      );
    }
    if (insideCanadaBox(-lon.value, lat.value)) {
      return rowError(
        out,
        row,
        'lon',
        'out_of_canada',
        `expected a longitude between -141 and -52.5 (Canada, west of Greenwich, so negative), got ${lonCell} — the minus sign looks missing.`,
      );
    }
    return rowError(
      out,
      row,
      'lat',
      'out_of_canada',
      `the point (${latCell}, ${lonCell}) is outside Canada: expected a latitude between 41.6 and 83.2 and a longitude between -141 and -52.5. Check the coordinates.`,
    );
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
      row,
      'lat',
      'outside_province',
      `the point (${latCell}, ${lonCell}) is ${actual ? `in ${actual.toUpperCase()}` : 'outside any province'}, but the site belongs to ${expected.toUpperCase()}. Check the coordinates (or the province column).`,
    );
  }
  return { lat: lat.value, lon: lon.value, approximate: false };
}
