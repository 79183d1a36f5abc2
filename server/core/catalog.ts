import Papa from 'papaparse';
import { type Jurisdiction, JurisdictionSchema, type Service, ServiceSchema } from './schemas.ts';
import { splitList } from './text.ts';

/** The authored reference lists (data/jurisdictions.csv, data/services.csv), indexed for lookups. */
export interface Catalog {
  jurisdictions: Jurisdiction[];
  services: Service[];
  jurisdictionById: Map<string, Jurisdiction>;
  serviceByCode: Map<string, Service>;
}

function parseRecords(text: string, what: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`${what}: CSV error on row ${(e?.row ?? 0) + 2}: ${e?.message}`);
  }
  return parsed.data;
}

/** Parses and validates the authored catalogue. Throws with the file and row on any mistake: it is our own data. */
export function parseCatalog(jurisdictionsCsv: string, servicesCsv: string): Catalog {
  const jurisdictions = parseRecords(jurisdictionsCsv, 'jurisdictions.csv').map((r, i) => {
    const parsed = JurisdictionSchema.safeParse({
      ...r,
      province: r.province || undefined,
      website: r.website || undefined,
    });
    if (!parsed.success) throw new Error(`jurisdictions.csv row ${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
  const services = parseRecords(servicesCsv, 'services.csv').map((r, i) => {
    const parsed = ServiceSchema.safeParse({ ...r, synonyms: splitList(r.synonyms ?? '') });
    if (!parsed.success) throw new Error(`services.csv row ${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
  return {
    jurisdictions,
    services,
    jurisdictionById: new Map(jurisdictions.map((j) => [j.id, j])),
    serviceByCode: new Map(services.map((s) => [s.code, s])),
  };
}
