import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** Most options the suggestion list carries; any id can still be typed. */
const MAX_OPTIONS = 2000;

/**
 * Closes an existing site by name or id, the keyboard way to do what a click on the map does. The input
 * suggests the sites taking part in the what-if; a label or a global id is accepted.
 */
export function CloseSiteForm({
  sites,
  onClose,
}: {
  sites: readonly { id: string; name: string }[];
  onClose: (id: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const listId = useId();
  const [value, setValue] = useState('');
  const label = (s: { id: string; name: string }) => `${s.name} (${s.id})`;
  const match = sites.find((s) => label(s) === value || s.id === value.trim());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!match) return;
    onClose(match.id);
    setValue('');
  };
  return (
    <form className="controls" onSubmit={submit}>
      <div className="field wide">
        <label htmlFor={id}>{t('planner.whatif.closeLabel')}</label>
        <input id={id} list={listId} value={value} onChange={(e) => setValue(e.target.value)} />
        <datalist id={listId}>
          {sites.slice(0, MAX_OPTIONS).map((s) => (
            <option key={s.id} value={label(s)} />
          ))}
        </datalist>
      </div>
      <button type="submit" className="primary" disabled={!match}>
        {t('planner.whatif.close')}
      </button>
    </form>
  );
}
