import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { navigate } from '../router.ts';

const LINKS = [
  { path: '/', key: 'nav.finder' },
  { path: '/map', key: 'nav.map' },
  { path: '/planner', key: 'nav.planner' },
  { path: '/portal', key: 'nav.portal' },
  { path: '/developers', key: 'nav.developers' },
  { path: '/about', key: 'nav.about' },
] as const;

export function Header({ path }: { path: string }) {
  const { t, lang, setLang } = useI18n();
  const go = (e: MouseEvent<HTMLAnchorElement>, to: string) => {
    e.preventDefault();
    navigate(to);
  };
  return (
    <header className="site-header">
      <div className="brand">
        <p className="app-title">{t('app.title')}</p>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {LINKS.map((l) => (
            <li key={l.path}>
              <a
                href={`${l.path}?lang=${lang}`}
                aria-current={path === l.path ? 'page' : undefined}
                onClick={(e) => go(e, l.path)}
              >
                {t(l.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <button
        type="button"
        className="lang-toggle"
        lang={lang === 'en' ? 'fr' : 'en'}
        aria-label={t('lang.switchLabel')}
        onClick={() => setLang(lang === 'en' ? 'fr' : 'en')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
