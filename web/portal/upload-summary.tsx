import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { type I18n, useI18n } from '../i18n/i18n.tsx';
import { failureText } from './failure-text.ts';
import {
  downloadErrorReport,
  publishUpload,
  type SuspiciousChange,
  type UploadResult,
} from './portal-api.ts';
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
  const { t, tp, n } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const s = result.summary;
  // Nothing valid in a file with rows: nothing to publish, and nothing to confirm.
  const publishable = result.unreadable_from === null && !(s.valid === 0 && s.rows > 0);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new summary takes the focus, so a screen reader reads what the upload would do (nothing announced it).
  useEffect(() => heading.current?.focus(), []);
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
      setMessage({ kind: 'error', text: t('portal.publishFailed', { message: failureText(e, t) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1} ref={heading}>
        {t('portal.summary', { file: result.file_name })}
      </h2>
      <dl className="counts">
        {COUNTS.map((k) => (
          <div key={k} className={k}>
            <dt>{t(`portal.${k}` as MessageKey)}</dt>
            <dd>{n(s[k])}</dd>
          </div>
        ))}
      </dl>
      {result.unreadable_from !== null ? (
        <p className="banner warning">{t('portal.unreadable', { row: n(result.unreadable_from) })}</p>
      ) : (
        <p className={s.rejected > 0 ? 'banner warning' : 'banner ok'}>
          {s.valid === 0 && s.rows > 0
            ? t('portal.noneValid')
            : s.rejected > 0
              ? tp('portal.leftOut', s.rejected)
              : t('portal.allValid')}
        </p>
      )}
      {s.rejected + s.warnings > 0 && (
        <button
          type="button"
          onClick={() =>
            // A refusal (the preview expired, the token revoked) is said, not left as an error in the console.
            downloadErrorReport(session.token, session.jurisdiction, result.id, result.file_name).catch(
              (e: unknown) =>
                setMessage({
                  kind: 'error',
                  text: t('portal.downloadFailed', { message: failureText(e, t) }),
                }),
            )
          }
        >
          {t('portal.downloadErrors')}
        </button>
      )}
      {publishable && result.suspicious.length > 0 && (
        <fieldset className="suspicious">
          <legend>{t('portal.suspicious')}</legend>
          <ul>
            {result.suspicious.map((x) => (
              <li key={x.message}>{suspiciousText(x, t, n)}</li>
            ))}
          </ul>
          <label className="check">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('portal.confirmSuspicious')}
          </label>
        </fieldset>
      )}
      {result.status === 'previewed' && publishable && !message?.kind.startsWith('ok') && (
        <button
          type="button"
          className="primary"
          disabled={busy || s.valid === 0 || (result.needs_confirmation && !confirmed)}
          onClick={() => void publish()}
        >
          {busy ? t('portal.publishing') : tp('portal.publish', s.valid)}
        </button>
      )}
      <div aria-live="polite">
        {message && <p className={`banner ${message.kind === 'ok' ? 'ok' : 'warning'}`}>{message.text}</p>}
      </div>
    </section>
  );
}

/** A suspicious change in the reader's language, from its figures (the API's `message` is English). */
function suspiciousText(x: SuspiciousChange, t: I18n['t'], n: I18n['n']): string {
  switch (x.kind) {
    case 'moved':
      return t('portal.suspicious.moved', { id: x.id, km: n(x.moved_m / 1000, 1) });
    case 'mass_removal':
      return t('portal.suspicious.massRemoval', {
        removed: n(x.removed),
        published: n(x.published),
        percent: n(Math.round((100 * x.removed) / x.published)),
      });
    case 'closures_jump':
      return t('portal.suspicious.closuresJump', { before: n(x.closed_before), after: n(x.closed_after) });
    case 'missing_column':
      return t('portal.suspicious.missingColumn', { column: x.column, erased: n(x.erased) });
  }
}
