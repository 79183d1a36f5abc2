import { describe, expect, it } from 'vitest';
import { readPlannerView, writePlannerView } from '../../web/planner/planner-url.ts';

describe('the planner view in the URL', () => {
  it('reads back what it writes, keeps other parameters, and leaves defaults out', () => {
    const view = readPlannerView('?tab=suggest&max_km=120&site_type=centre,part_time&k=5&levels=federal');
    expect(view).toMatchObject({ mode: 'suggest', levels: ['federal'], k: 5 });
    expect(view.coverage).toMatchObject({ max_km: 120, site_type: 'centre,part_time' });
    const written = writePlannerView(view, 'lang=fr');
    expect(readPlannerView(written)).toEqual(view);
    expect(new URLSearchParams(written).get('lang')).toBe('fr');
    expect(writePlannerView(readPlannerView(''), 'lang=fr')).toBe('lang=fr');
  });

  it('takes the default for anything unknown or out of range', () => {
    const view = readPlannerView('?tab=castle&max_km=9999&radius_m=abc&k=-3');
    expect(view).toMatchObject({ mode: 'colocation', radius: 250, k: 1 });
    expect(view.coverage.max_km).toBe(300);
  });

  it('keeps a what-if: the sites added (with their names) and the points closed', () => {
    const view = readPlannerView(
      '?tab=whatif&add=45.42,-75.7,Ottawa%2C%20centre&add=49.28,-123.12&close=on-servont:12&close=fed-esdc:a%26b',
    );
    expect(view.add).toEqual([
      { lat: 45.42, lon: -75.7, name: 'Ottawa, centre' },
      { lat: 49.28, lon: -123.12 },
    ]);
    expect(view.close).toEqual(['on-servont:12', 'fed-esdc:a&b']);
    const written = writePlannerView(view, 'lang=fr');
    expect(readPlannerView(written)).toEqual(view);
    expect(new URLSearchParams(written).getAll('add')).toEqual([
      '45.42,-75.7,Ottawa, centre',
      '49.28,-123.12',
    ]);
    // Emptied, the what-if leaves the URL.
    expect(writePlannerView({ ...view, add: [], close: [], mode: 'colocation' }, written)).toBe('lang=fr');
  });

  it('drops what-if sites that are not coordinates on the globe, and bounds a pasted link', () => {
    const view = readPlannerView(
      `?add=abc,1&add=95,10&add=45,-200&add=,&add=46.8,-71.2&close=&close=x&close=x&${'add=45,-75&'.repeat(80)}`,
    );
    expect(view.add[0]).toEqual({ lat: 46.8, lon: -71.2 });
    expect(view.add).toHaveLength(50);
    expect(view.close).toEqual(['x']);
  });
});
