import { describe, expect, it } from 'vitest';
import { openStatus } from '../../server/core/open-status.ts';
import { makePoint } from '../helpers/points.ts';

describe('openStatus', () => {
  const ottawa = makePoint('on', 'ott', { hours: 'Mo-Fr 08:30-16:30; PH off', province: 'ON' });

  it('is open on a weekday morning in the point’s own time zone, and says when it closes', () => {
    // Tuesday 2026-11-24 14:00 UTC is 09:00 in Ottawa.
    expect(openStatus(ottawa, new Date('2026-11-24T14:00:00Z'))).toEqual({
      open_now: true,
      next_change: '2026-11-24T16:30',
      timezone: 'America/Toronto',
    });
  });

  it('is closed on Saturday and opens on Monday morning', () => {
    expect(openStatus(ottawa, new Date('2026-11-28T15:00:00Z'))).toMatchObject({
      open_now: false,
      next_change: '2026-11-30T08:30',
    });
  });

  it('reads the same instant on the point’s clock: 09:00 in Ottawa is 06:00 in Vancouver, still closed there', () => {
    const vancouver = makePoint('bc', 'van', {
      hours: 'Mo-Fr 08:30-16:30',
      province: 'BC',
      lat: 49.28,
      lon: -123.12,
    });
    expect(openStatus(vancouver, new Date('2026-11-24T14:00:00Z'))).toMatchObject({
      open_now: false,
      next_change: '2026-11-24T08:30',
      timezone: 'America/Vancouver',
    });
  });

  it('is closed on a public holiday that the hours mark PH off (Christmas)', () => {
    expect(openStatus(ottawa, new Date('2026-12-25T15:00:00Z')).open_now).toBe(false);
  });

  it('is never open while the office is temporarily closed, whatever its usual hours say', () => {
    const closed = makePoint('on', 'tc', { hours: 'Mo-Fr 08:30-16:30', status: 'temporarily_closed' });
    expect(openStatus(closed, new Date('2026-11-24T14:00:00Z'))).toMatchObject({
      open_now: false,
      next_change: null,
    });
  });

  it('says null, not "closed", when the point publishes no hours', () => {
    expect(openStatus(makePoint('on', 'x', { hours: '' }))).toMatchObject({
      open_now: null,
      next_change: null,
    });
  });

  it('gives an outreach site’s next visit (second Wednesday of the month)', () => {
    const outreach = makePoint('fed-esdc', 'o', {
      site_type: 'outreach',
      hours: 'We[2] 09:30-14:30; PH off',
    });
    expect(openStatus(outreach, new Date('2026-11-24T14:00:00Z'))).toMatchObject({
      open_now: false,
      next_change: '2026-12-09T09:30',
    });
  });
});
