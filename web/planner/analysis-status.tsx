import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The headline of an analysis, announced politely, with a progress bar while the server computes. The
 * previous numbers stay on screen meanwhile (the page never blanks or freezes).
 */
export function AnalysisStatus({
  fetching,
  error,
  children,
}: {
  fetching: boolean;
  error: Error | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="analysis-status">
      <p aria-live="polite" className="headline">
        {error ? t('planner.error', { message: error.message }) : children}
      </p>
      {fetching && (
        <p className="progress">
          <progress aria-label={t('planner.computing')} />
          <span>{t('planner.computing')}</span>
        </p>
      )}
    </div>
  );
}
