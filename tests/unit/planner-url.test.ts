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
});
