import { describe, expect, it } from 'vitest';
import { mergedMapping } from '../../web/portal/portal-api.ts';

describe('saving a column mapping from the portal', () => {
  it('adds to the saved mapping instead of replacing it', () => {
    const saved = { 'Office Name': 'name_en', Latitude: 'lat' };
    expect(mergedMapping(saved, { 'Hours of operation': 'hours' })).toEqual({
      'Office Name': 'name_en',
      Latitude: 'lat',
      'Hours of operation': 'hours',
    });
  });

  it('lets an edited header, or a new header for the same column, replace the old entry', () => {
    const saved = { 'Office Name': 'name_en', Latitude: 'lat' };
    expect(mergedMapping(saved, { 'Office Name': 'name_fr', 'Site name': 'name_en' })).toEqual({
      Latitude: 'lat',
      'Office Name': 'name_fr',
      'Site name': 'name_en',
    });
  });
});
