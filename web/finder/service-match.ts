import { foldText } from '../../server/core/text.ts';

export interface ServiceEntry {
  code: string;
  name_en: string;
  name_fr: string;
  category: string;
  synonyms: string[];
}

/**
 * Services matching what the user typed, in either language, through names, synonyms and the code itself
 * (`NAS` → sin, `carte sante` → health-card). Whole-word starts rank before matches inside a word.
 */
export function matchServices(query: string, services: readonly ServiceEntry[], max = 6): ServiceEntry[] {
  const q = foldText(query);
  if (q.length < 2) return [];
  const scored = services.flatMap((s) => {
    const words = [s.name_en, s.name_fr, s.code, ...s.synonyms].map(foldText);
    const best = Math.min(
      ...words.map((w) =>
        w === q ? 0 : w.startsWith(q) ? 1 : ` ${w}`.includes(` ${q}`) ? 2 : w.includes(q) ? 3 : 9,
      ),
    );
    return best < 9 ? [{ s, best }] : [];
  });
  return scored
    .sort((a, b) => a.best - b.best || a.s.name_en.localeCompare(b.s.name_en))
    .slice(0, max)
    .map((x) => x.s);
}
