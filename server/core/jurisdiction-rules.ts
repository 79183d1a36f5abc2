/** Rules about jurisdictions that the API and the web app share (no dependency: the web bundle imports it). */
/**
 * A demonstration layer (`demo-…`: the 15,500 schools of ODEF), not a government's service points: left out of
 * the planner's analyses and of a finder search unless asked for by name.
 */
export function isDemoLayer(jurisdictionId: string): boolean {
  return jurisdictionId.startsWith('demo-');
}

/**
 * True when a government serves people in `province`: a federal one everywhere, the others in their own province or
 * territory (one naming no province is kept: nothing says where it stops). `/nearest?in_jurisdiction=` and the
 * finder's alternatives both apply it.
 */
export function governsIn(j: { level: string; province?: string }, province: string): boolean {
  return j.level === 'federal' || !j.province || j.province === province;
}
