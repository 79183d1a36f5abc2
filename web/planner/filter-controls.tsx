import { useId } from 'react';
import { useJurisdictions, useServices } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

const LEVELS = ['federal', 'provincial', 'territorial', 'municipal', 'indigenous'] as const;

/** A service picker: every service of the taxonomy, or all services. */
export function ServiceSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t, pick } = useI18n();
  const services = useServices();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('planner.filter.service')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('planner.filter.anyService')}</option>
        {(services.data ?? []).map((s) => (
          <option key={s.code} value={s.code}>
            {pick(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A level-of-government picker, or every level. */
export function LevelSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('planner.filter.level')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('planner.filter.anyLevel')}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`level.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A government (jurisdiction) picker, or every government. */
export function JurisdictionSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t, pick } = useI18n();
  const jurisdictions = useJurisdictions();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('planner.filter.jurisdiction')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('planner.filter.anyJurisdiction')}</option>
        {(jurisdictions.data ?? []).map((j) => (
          <option key={j.id} value={j.id}>
            {pick(j)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Levels as a group of checkboxes (none ticked: every level). */
export function LevelChecks({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="field checks">
      <legend>{t('planner.filter.levels')}</legend>
      {LEVELS.map((l) => (
        <label key={l}>
          <input
            type="checkbox"
            checked={value.includes(l)}
            onChange={(e) => onChange(e.target.checked ? [...value, l] : value.filter((v) => v !== l))}
          />
          {t(`level.${l}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled slider with its value shown and announced (`aria-valuetext`). */
export function RangeField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  valueText: string;
  onChange: (v: number) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field range">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.valueText}
        data-testid={props.testId}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{props.valueText}</output>
    </div>
  );
}
