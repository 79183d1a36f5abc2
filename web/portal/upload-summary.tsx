import { useState } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { downloadErrorReport, publishUpload, type UploadResult } from './portal-api.ts';
import type { PortalSession } from './use-session.ts';

const COUNTS = ['rows', 'valid', 'rejected', 'added', 'changed', 'removed', 'unchanged'] as const;

/** What the upload would do, and the publish button (with the explicit confirmation suspicious changes need). */
export function UploadSummary({
  session,
  result,
  onPublished,
}: {
  session: PortalSession;
  result: UploadResult;
  onPublished: (version: number) => void;
}) {
  const { t, n } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const s = result.summary;
  const publish = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const v = await publishUpload(
        session.token,
        session.jurisdiction,
        result.id,
        result.needs_confirmation && confirmed,
      );
      setMessage({ kind: 'ok', text: t('portal.published', { version: v.version }) });
      onPublished(v.version);
    } catch (e) {
      setMessage({ kind: 'error', text: t('portal.publishFailed', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('portal.summary', { file: result.file_name })}</h2>
      <dl className="counts">
        {COUNTS.map((k) => (
          <div key={k} className={k}>
            <dt>{t(`portal.${k}` as MessageKey)}</dt>
            <dd>{n(s[k])}</dd>
          </div>
        ))}
      </dl>
      <p className={s.rejected > 0 ? 'banner warning' : 'banner ok'}>
        {s.rejected > 0 ? t('portal.leftOut', { count: n(s.rejected) }) : t('portal.allValid')}
      </p>
      {s.rejected + s.warnings > 0 && (
        <button
          type="button"
          onClick={() =>
            void downloadErrorReport(session.token, session.jurisdiction, result.id, result.file_name)
          }
        >
          {t('portal.downloadErrors')}
        </button>
      )}
      {result.suspicious.length > 0 && (
        <fieldset className="suspicious">
          <legend>{t('portal.suspicious')}</legend>
          <ul>
            {result.suspicious.map((x) => (
              <li key={x.message}>{x.message}</li>
            ))}
          </ul>
          <label className="check">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('portal.confirmSuspicious')}
          </label>
        </fieldset>
      )}
      {result.status === 'previewed' && !message?.kind.startsWith('ok') && (
        <button
          type="button"
          className="primary"
          disabled={busy || s.valid === 0 || (result.needs_confirmation && !confirmed)}
          onClick={() => void publish()}
        >
          {busy ? t('portal.publishing') : t('portal.publish', { count: n(s.valid) })}
        </button>
      )}
      <div aria-live="polite">
        {message && <p className={`banner ${message.kind === 'ok' ? 'ok' : 'warning'}`}>{message.text}</p>}
      </div>
    </section>
  );
}
