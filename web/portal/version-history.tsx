import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { failureText } from './failure-text.ts';
import { restoreVersion, versions } from './portal-api.ts';
import type { PortalSession } from './use-session.ts';

/** Every published version, newest first, with a restore button for the earlier ones. */
export function VersionHistory({ session }: { session: PortalSession }) {
  const { t, n, lang } = useI18n();
  const queryClient = useQueryClient();
  const history = useQuery({
    queryKey: ['versions', session.jurisdiction],
    queryFn: () => versions(session.token, session.jurisdiction),
  });
  const [message, setMessage] = useState<{ kind: 'ok' | 'warning'; text: string } | null>(null);
  /** A version's point count, from its summary (versions published before summaries counted have none). */
  const pointsOf = (version: number | null | undefined) => {
    const valid = history.data?.versions.find((v) => v.version === version)?.summary.valid;
    return typeof valid === 'number' ? valid : undefined;
  };
  const restore = async (version: number) => {
    // A restore replaces every published point at once: the confirmation says how many go and how many come back.
    const back = pointsOf(version);
    const now = pointsOf(history.data?.published_version);
    const question =
      back !== undefined && now !== undefined
        ? t('portal.restoreConfirmCounts', { version, back: n(back), now: n(now) })
        : t('portal.restoreConfirm', { version });
    if (!window.confirm(question)) return;
    setMessage(null);
    try {
      const v = await restoreVersion(session.token, session.jurisdiction, version);
      setMessage({ kind: 'ok', text: t('portal.restored', { version, newVersion: v.version }) });
    } catch (e) {
      setMessage({ kind: 'warning', text: t('portal.restoreFailed', { message: failureText(e, t) }) });
    }
    await queryClient.invalidateQueries();
  };
  const date = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('portal.history')}</h2>
      <div aria-live="polite">{message && <p className={`banner ${message.kind}`}>{message.text}</p>}</div>
      <ol className="history" reversed>
        {history.data?.versions.map((v) => (
          <li key={v.version}>
            <strong>{t('portal.version', { version: v.version })}</strong> —{' '}
            {date.format(new Date(v.published_at))} — {v.file_name}{' '}
            {v.published_by_label
              ? t('portal.publishedByLabel', { label: v.published_by_label, who: v.published_by })
              : t('portal.publishedBy', { who: v.published_by })}
            {typeof v.summary.valid === 'number' && (
              <> — {t('portal.versionPoints', { count: n(v.summary.valid) })}</>
            )}
            {v.restored_from !== null && <> — {t('portal.restoredFrom', { version: v.restored_from })}</>}
            {v.version === history.data?.published_version ? (
              <span className="badge current">{t('portal.current')}</span>
            ) : (
              <button type="button" onClick={() => void restore(v.version)}>
                {t('portal.restore', { version: v.version })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
