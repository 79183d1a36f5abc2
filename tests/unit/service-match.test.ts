import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../server/core/catalog.ts';
import { matchServices } from '../../web/finder/service-match.ts';
import { DATA } from '../helpers/context.ts';

const { services } = parseCatalog(
  readFileSync(join(DATA, 'jurisdictions.csv'), 'utf8'),
  readFileSync(join(DATA, 'services.csv'), 'utf8'),
);
const codes = (q: string) => matchServices(q, services).map((s) => s.code);

describe('service search', () => {
  it('finds a service by its English or French name, abbreviation or synonym, accents optional', () => {
    expect(codes('SIN')[0]).toBe('sin');
    expect(codes('NAS')[0]).toBe('sin');
    expect(codes('passport')[0]).toBe('passport');
    expect(codes('passeport')[0]).toBe('passport');
    expect(codes('health card')[0]).toBe('health-card');
    expect(codes('carte sante')[0]).toBe('health-card');
    expect(codes('RAMQ')).toContain('health-card');
    expect(codes('permis de conduire')[0]).toBe('driver-licence');
  });

  it('reads a query as people type it: what they want to do, American spelling, the card of a number', () => {
    expect(codes('renew health card')[0]).toBe('health-card');
    expect(codes('renouveler ma carte santé')[0]).toBe('health-card');
    expect(codes("driver's license")[0]).toBe('driver-licence');
    expect(codes('drivers licence')[0]).toBe('driver-licence');
    expect(codes('SIN card')[0]).toBe('sin');
    expect(codes('obtenir un NAS')[0]).toBe('sin');
    expect(codes('carte soleil')[0]).toBe('health-card');
    expect(codes('SAAQ')[0]).toBe('driver-licence');
    // Two letters match the start of a word, never the inside of one ("ei" in "hunting and fishing licences").
    expect(codes('EI')).not.toContain('hunting-fishing');
    expect(codes('EI')[0]).toBe('ei');
    // Words of what one wants to do alone name no service.
    expect(codes('renew my card')).toEqual([]);
  });

  it('needs two characters and caps the matches', () => {
    expect(codes('p')).toEqual([]);
    expect(matchServices('per', services, 3).length).toBeLessThanOrEqual(3);
    expect(codes('zzzz')).toEqual([]);
  });
});
