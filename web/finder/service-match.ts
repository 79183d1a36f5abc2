import { foldText } from '../../server/core/text.ts';

export interface ServiceEntry {
  code: string;
  name_en: string;
  name_fr: string;
  category: string;
  synonyms: string[];
}

/**
 * Words that say what one wants to do with a service, not which one: "renew my health card", « obtenir un
 * NAS ». Left out when the other words of a query are matched one by one.
 */
const GENERIC = new Set(
  (
    'renew renewal renewing get getting apply application new replace replacement lost my a an the for of to ' +
    'card number obtenir renouveler renouvellement demander demande nouveau nouvelle remplacer perdu perdue ' +
    'mon ma mes un une le la les de du des d l pour carte numero s'
  ).split(' '),
);

/** Folded, with the American spelling of licence (a driver's license) read as the Canadian one. */
const normalise = (text: string) => foldText(text).replace(/\blicens/g, 'licenc');

/**
 * Services matching what the user typed, in either language, through names, synonyms and the code itself
 * (`NAS` → sin, `carte sante` → health-card). The query as a whole first (whole-word starts before matches inside
 * a word, those only from three characters: `EI` is not inside "hunting"), then its meaningful words each
 * starting a word of the service ("renew health card", "driver's license").
 */
export function matchServices(query: string, services: readonly ServiceEntry[], max = 6): ServiceEntry[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const tokens = q.split(' ').filter((w) => w.length > 1 && !GENERIC.has(w));
  const scored = services.flatMap((s) => {
    const phrases = [s.name_en, s.name_fr, s.code, ...s.synonyms].map(normalise);
    let best = Math.min(
      ...phrases.map((w) =>
        w === q
          ? 0
          : w.startsWith(q)
            ? 1
            : ` ${w}`.includes(` ${q}`)
              ? 2
              : q.length >= 3 && w.includes(q)
                ? 3
                : 9,
      ),
    );
    if (best === 9 && tokens.length > 0) {
      const words = ` ${phrases.join(' ')} `;
      // A plural or a possessive without its apostrophe ("drivers licence") starts the singular's word.
      const starts = (t: string) =>
        words.includes(` ${t}`) || (t.endsWith('s') && words.includes(` ${t.slice(0, -1)}`));
      // Whole words rank first: `NAS` is the SIN's abbreviation before it is the start of "naissance".
      if (tokens.every((t) => words.includes(` ${t} `))) best = 4;
      else if (tokens.every(starts)) best = 5;
    }
    return best < 9 ? [{ s, best }] : [];
  });
  return scored
    .sort((a, b) => a.best - b.best || a.s.name_en.localeCompare(b.s.name_en))
    .slice(0, max)
    .map((x) => x.s);
}
