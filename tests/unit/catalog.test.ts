import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../server/core/codes.ts';
import { loadCatalog } from '../../server/services/app-context.ts';
import { DATA } from '../helpers/context.ts';

describe('authored catalogue (data/)', () => {
  const catalog = loadCatalog(DATA);

  it('has all 13 provinces and territories, with their own province code', () => {
    for (const code of PROVINCES) {
      const j = catalog.jurisdictionById.get(code);
      expect(j, code).toBeDefined();
      expect(j?.province).toBe(code);
      expect(['provincial', 'territorial']).toContain(j?.level);
    }
    expect(catalog.jurisdictionById.get('yt')?.level).toBe('territorial');
  });

  it('has the federal departments and the eight named municipalities, each with EN and FR names', () => {
    for (const id of [
      'fed-esdc',
      'fed-cra',
      'fed-ircc',
      'mun-peel',
      'mun-york',
      'mun-waterloo',
      'mun-toronto',
      'mun-ottawa',
      'mun-montreal',
      'mun-saskatoon',
      'mun-halifax',
    ]) {
      const j = catalog.jurisdictionById.get(id);
      expect(j, id).toBeDefined();
      expect(j?.name_en.length).toBeGreaterThan(2);
      expect(j?.name_fr.length).toBeGreaterThan(2);
    }
    expect(catalog.jurisdictionById.get('mun-montreal')?.name_fr).toBe('Ville de Montréal');
  });

  it('has at least 30 service codes including the contract ones, with categories and FR names', () => {
    expect(catalog.services.length).toBeGreaterThanOrEqual(30);
    for (const code of [
      'sin',
      'ei',
      'cpp-oas',
      'passport',
      'driver-licence',
      'vehicle-registration',
      'health-card',
      'birth-certificate',
      'business-registration',
      'employment-services',
    ]) {
      expect(catalog.serviceByCode.has(code), code).toBe(true);
    }
    expect(catalog.serviceByCode.get('sin')?.synonyms).toContain('NAS');
    expect(new Set(catalog.services.map((s) => s.category)).size).toBeGreaterThan(8);
  });
});
