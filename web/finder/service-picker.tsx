import { useMemo, useState } from 'react';
import { useServices } from '../api/client.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { matchServices } from './service-match.ts';

interface Props {
  service: string | undefined;
  /** `fromSearch`: picked from the matches, whose button then disappears, so focus should go to the results. */
  onChange: (code: string | undefined, fromSearch: boolean) => void;
}

/**
 * "What do you need?": a search over names and synonyms in both languages whose matches are buttons, and
 * the same services in a native select grouped by category (the most robust control for screen readers).
 */
export function ServicePicker({ service, onChange }: Props) {
  const { t, tp, pick } = useI18n();
  const services = useServices().data ?? [];
  const [text, setText] = useState('');
  const matches = useMemo(() => matchServices(text, services), [text, services]);
  const categories = useMemo(() => [...new Set(services.map((s) => s.category))], [services]);
  const choose = (code: string | undefined, fromSearch = false) => {
    onChange(code, fromSearch);
    setText('');
  };

  return (
    <fieldset className="service-picker">
      <legend>{t('finder.need')}</legend>
      <label htmlFor="service-search">{t('finder.serviceSearch')}</label>
      <p id="service-hint" className="hint">
        {t('finder.serviceSearchHint')}
      </p>
      <input
        id="service-search"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first && text.trim().length >= 2) {
            e.preventDefault();
            choose(first.code, true);
          }
        }}
        aria-describedby="service-hint"
        aria-controls="service-matches"
      />
      {/* Only the count is announced as one types: the names themselves, read out on every keystroke, ran together. */}
      <p className="visually-hidden" aria-live="polite">
        {text.trim().length >= 2 && matches.length > 0 ? tp('finder.serviceMatchCount', matches.length) : ''}
      </p>
      <div id="service-matches">
        {text.trim().length >= 2 &&
          (matches.length > 0 ? (
            <ul className="service-matches" aria-label={t('finder.serviceMatches')}>
              {matches.map((s) => (
                <li key={s.code}>
                  <button type="button" className="chip-button" onClick={() => choose(s.code, true)}>
                    {pick(s)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint" role="status">
              {t('finder.serviceNoMatch', { q: text })}
            </p>
          ))}
      </div>
      <label htmlFor="service-select">{t('finder.serviceBrowse')}</label>
      <select
        id="service-select"
        value={service ?? ''}
        onChange={(e) => choose(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{t('finder.serviceAny')}</option>
        {categories.map((c) => (
          <optgroup key={c} label={t(`category.${c}` as MessageKey)}>
            {services
              .filter((s) => s.category === c)
              .map((s) => (
                <option key={s.code} value={s.code}>
                  {pick(s)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </fieldset>
  );
}
