import { ACCESSIBILITY, LEVELS, SITE_TYPES } from '../../server/core/codes.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { languageName } from '../i18n/language-name.ts';
import { activeFilters, type FinderState, NO_FILTERS } from './finder-state.ts';

interface Props {
  state: FinderState;
  onChange: (change: Partial<FinderState>) => void;
}

/** Languages offered as a filter: the official ones first, then the Indigenous languages most served in. */
const FILTER_LANGUAGES = ['en', 'fr', 'iu', 'cr', 'oj', 'mic'];

const toggle = (values: string[], v: string) =>
  values.includes(v) ? values.filter((x) => x !== v) : [...values, v];

/** Level, language, accessibility, site type and opening time, folded under one disclosure. */
export function FinderFilters({ state, onChange }: Props) {
  const { t, tp, lang } = useI18n();
  const count = activeFilters(state);
  const checkboxes = (
    name: string,
    values: readonly string[],
    chosen: string[],
    key: (v: string) => MessageKey,
    field: 'level' | 'access' | 'site',
  ) =>
    values.map((v) => (
      <label key={v} className="check">
        <input
          type="checkbox"
          name={name}
          checked={chosen.includes(v)}
          onChange={() => onChange({ [field]: toggle(chosen, v) })}
        />
        {t(key(v))}
      </label>
    ));

  return (
    <details className="filters" open={count > 0}>
      <summary>{count > 0 ? tp('finder.filtersActive', count) : t('finder.filters')}</summary>
      <fieldset>
        <legend>{t('finder.open')}</legend>
        <label className="check">
          <input
            type="radio"
            name="open"
            checked={!state.open}
            onChange={() => onChange({ open: undefined })}
          />
          {t('finder.openAny')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="open"
            checked={state.open === 'now'}
            onChange={() => onChange({ open: 'now' })}
          />
          {t('finder.openNow')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="open"
            checked={state.open === 'at'}
            onChange={() => onChange({ open: 'at' })}
          />
          {t('finder.openAt')}
        </label>
        {state.open === 'at' && (
          <>
            <label htmlFor="open-at">{t('finder.openAtLabel')}</label>
            <input
              id="open-at"
              type="datetime-local"
              value={state.at ?? ''}
              onChange={(e) => onChange({ at: e.target.value })}
            />
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('finder.language')}</legend>
        <label htmlFor="language" className="visually-hidden">
          {t('finder.language')}
        </label>
        <select
          id="language"
          value={state.language ?? ''}
          onChange={(e) => onChange({ language: e.target.value || undefined })}
        >
          <option value="">{t('finder.languageAny')}</option>
          {FILTER_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageName(l, { t, lang })}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('finder.level')}</legend>
        {checkboxes('level', LEVELS, state.level, (v) => `level.${v}` as MessageKey, 'level')}
      </fieldset>
      <fieldset>
        <legend>{t('finder.accessibility')}</legend>
        {checkboxes('access', ACCESSIBILITY, state.access, (v) => `access.${v}` as MessageKey, 'access')}
      </fieldset>
      <fieldset>
        <legend>{t('finder.siteType')}</legend>
        {checkboxes('site', SITE_TYPES, state.site, (v) => `siteType.${v}` as MessageKey, 'site')}
      </fieldset>
      {count > 0 && (
        <button type="button" className="btn secondary" onClick={() => onChange(NO_FILTERS)}>
          {t('finder.clearFilters')}
        </button>
      )}
    </details>
  );
}
