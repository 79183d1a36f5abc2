import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** A link that opens in a new tab, and says so to screen-reader users (WCAG 3.2.5: no change of context unannounced). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('finder.opensInNewTab')}</span>
    </a>
  );
}
