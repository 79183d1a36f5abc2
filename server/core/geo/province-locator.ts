import KDBush from 'kdbush';
import { haversineM } from './distance.ts';
import { BandedPolygon, type MultiPolygonCoords, multiPolygonBBox } from './polygon.ts';

export interface ProvinceShape {
  /** Two-letter lower-case code (`on`). */
  code: string;
  coordinates: MultiPolygonCoords;
}

/** Answers "is this point in (or within a tolerance of) that province?" from simplified boundary polygons. */
export class ProvinceLocator {
  private readonly shapes: (ProvinceShape & {
    bbox: [number, number, number, number];
    area: BandedPolygon;
    vertices: KDBush;
    xy: number[][];
  })[];
  private readonly byCode: Map<string, ProvinceLocator['shapes'][number]>;

  constructor(shapes: ProvinceShape[]) {
    this.shapes = shapes.map((s) => {
      // A spatial index of the outline's vertices answers "within X km of the border?" without a scan.
      const xy = s.coordinates.flatMap((polygon) => polygon.flat());
      const vertices = new KDBush(Math.max(1, xy.length));
      for (const [x = 0, y = 0] of xy) vertices.add(x, y);
      if (xy.length === 0) vertices.add(0, -90);
      vertices.finish();
      return {
        ...s,
        bbox: multiPolygonBBox(s.coordinates),
        area: new BandedPolygon(s.coordinates),
        vertices,
        xy,
      };
    });
    this.byCode = new Map(this.shapes.map((s) => [s.code, s]));
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Province containing `[lon, lat]`, or undefined (water, abroad). */
  provinceAt(lon: number, lat: number): string | undefined {
    for (const s of this.shapes) {
      const [a, b, c, d] = s.bbox;
      if (lon >= a && lon <= c && lat >= b && lat <= d && s.area.contains(lon, lat)) return s.code;
    }
    return undefined;
  }

  /**
   * The province containing `[lon, lat]`, else one within `toleranceM` of it (a harbour, a shore the simplified
   * outline cuts off), else undefined.
   */
  provinceNear(lon: number, lat: number, toleranceM = 10_000): string | undefined {
    return (
      this.provinceAt(lon, lat) ?? this.shapes.find((s) => this.near(s.code, lon, lat, toleranceM))?.code
    );
  }

  /**
   * True when the point is inside the province or within `toleranceM` metres of its (simplified) boundary,
   * so coastal and border sites are not rejected for the simplification of the outline.
   */
  near(code: string, lon: number, lat: number, toleranceM: number): boolean {
    const s = this.byCode.get(code);
    if (!s) return true;
    const margin = toleranceM / 111_000 / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    const [a, b, c, d] = s.bbox;
    if (lon < a - margin || lon > c + margin || lat < b - margin || lat > d + margin) return false;
    if (s.area.contains(lon, lat)) return true;
    // Outline vertices of the simplified boundaries are a few km apart, so the nearest vertex is a fair proxy
    // for the distance to the border at a 10 km tolerance.
    return s.vertices.range(lon - margin, lat - margin, lon + margin, lat + margin).some((i) => {
      const [x = 0, y = 0] = s.xy[i] ?? [];
      return haversineM(lon, lat, x, y) <= toleranceM;
    });
  }
}
