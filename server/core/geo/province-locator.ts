import { haversineM } from './distance.ts';
import { inMultiPolygon, type MultiPolygonCoords, multiPolygonBBox } from './polygon.ts';

export interface ProvinceShape {
  /** Two-letter lower-case code (`on`). */
  code: string;
  coordinates: MultiPolygonCoords;
}

/** Answers "is this point in (or within a tolerance of) that province?" from simplified boundary polygons. */
export class ProvinceLocator {
  private readonly shapes: (ProvinceShape & { bbox: [number, number, number, number] })[];

  constructor(shapes: ProvinceShape[]) {
    this.shapes = shapes.map((s) => ({ ...s, bbox: multiPolygonBBox(s.coordinates) }));
  }

  has(code: string): boolean {
    return this.shapes.some((s) => s.code === code);
  }

  /** Province containing `[lon, lat]`, or undefined (water, abroad). */
  provinceAt(lon: number, lat: number): string | undefined {
    for (const s of this.shapes) {
      const [a, b, c, d] = s.bbox;
      if (lon >= a && lon <= c && lat >= b && lat <= d && inMultiPolygon(lon, lat, s.coordinates))
        return s.code;
    }
    return undefined;
  }

  /**
   * True when the point is inside the province or within `toleranceM` metres of its (simplified) boundary,
   * so coastal and border sites are not rejected for the simplification of the outline.
   */
  near(code: string, lon: number, lat: number, toleranceM: number): boolean {
    const s = this.shapes.find((x) => x.code === code);
    if (!s) return true;
    const margin = toleranceM / 111_000 / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    const [a, b, c, d] = s.bbox;
    if (lon < a - margin || lon > c + margin || lat < b - margin || lat > d + margin) return false;
    if (inMultiPolygon(lon, lat, s.coordinates)) return true;
    for (const polygon of s.coordinates)
      for (const ring of polygon)
        for (const [x = 0, y = 0] of ring) if (haversineM(lon, lat, x, y) <= toleranceM) return true;
    return false;
  }
}
