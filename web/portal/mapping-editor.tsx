import { useState } from 'react';
import { CSV_COLUMNS } from '../../server/core/codes.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { failureText } from './failure-text.ts';
import { saveMapping } from './portal-api.ts';
import type { PortalSession } from './use-session.ts';

/** For files whose headers are something else entirely: map each unrecognised header once; it is saved. */
export function MappingEditor({
  session,
  headers,
  onSaved,
}: {
  session: PortalSession;
  headers: string[];
  /** Checks the file again with the saved mapping. */
  onSaved(): Promise<void>;
}) {
  const { t } = useI18n();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await saveMapping(
        session.token,
        session.jurisdiction,
        Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)),
      );
    } catch (e) {
      return setError(t('portal.mappingFailed', { message: failureText(e, t) }));
    }
    await onSaved().catch((e: unknown) => setError(t('portal.uploadFailed', { message: failureText(e, t) })));
  };
  return (
    <section className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('portal.mapping')}</h2>
      <p>{t('portal.mappingHelp')}</p>
      <table className="data-table">
        <tbody>
          {headers.map((h, i) => (
            <tr key={h}>
              <th scope="row">
                <label htmlFor={`map-${i}`}>{h}</label>
              </th>
              <td>
                <select
                  id={`map-${i}`}
                  value={mapping[h] ?? ''}
                  onChange={(e) => setMapping((m) => ({ ...m, [h]: e.target.value }))}
                >
                  <option value="">{t('portal.mappingIgnore')}</option>
                  {CSV_COLUMNS.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void save()}>
        {t('portal.mappingSave')}
      </button>
      <div aria-live="polite">{error && <p className="banner warning">{error}</p>}</div>
    </section>
  );
}
