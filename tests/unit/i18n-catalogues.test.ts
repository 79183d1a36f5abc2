import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/services/app-context.ts';
import { en } from '../../web/i18n/en.ts';
import { fr } from '../../web/i18n/fr.ts';
import { DATA, ROOT } from '../helpers/context.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.tsx') ? [p] : [];
  });
}

describe('EN/FR catalogues', () => {
  it('have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const french = fr[key as keyof typeof fr];
      expect(text.trim(), key).not.toBe('');
      expect(french.trim(), key).not.toBe('');
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(vars(french), key).toEqual(vars(text));
    }
  });

  it('name every service category of data/services.csv, in both languages', () => {
    const categories = new Set(loadCatalog(DATA).services.map((s) => s.category));
    for (const c of categories) {
      expect(en, c).toHaveProperty(`category.${c}`);
      expect(fr, c).toHaveProperty(`category.${c}`);
    }
  });

  it('are the only source of UI text: no words written between JSX tags in components', () => {
    const offenders = files(join(ROOT, 'web')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          />\s*[A-Za-zÀ-ÿ]{2,}[^<>{}]*</.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
