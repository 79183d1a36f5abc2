import { type KeyboardEvent, type MouseEvent, type RefObject, useEffect, useRef, useState } from 'react';
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

/**
 * The site header. On a phone the six links wrapped over four lines, half the first screen of every page, so
 * below 48rem (styles.css) they sit behind a Menu button (a disclosure: `aria-expanded` on the
 * button, the list shown or hidden); wider screens show them in one row and never see the button.
 */
export function Header({ path }: { path: string }) {
  const { t, lang, setLang } = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const header = useRef<HTMLElement>(null);
  useHeightAsCssVariable(header);
  // A link followed (or Back pressed) closes the menu: the new page starts with its own content in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is what a change of path triggers.
  useEffect(() => setOpen(false), [path]);
  const go = (e: MouseEvent<HTMLAnchorElement>, to: string) => {
    e.preventDefault();
    navigate(to);
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <header className="site-header" ref={header}>
      <div className="brand">
        <p className="app-title">{t('app.title')}</p>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpen(!open)}
      >
        {t('nav.menu')}
      </button>
      <nav
        id="site-nav"
        aria-label={t('nav.label')}
        className={open ? 'open' : undefined}
        onKeyDown={closeOnEscape}
      >
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

/**
 * Keeps `--header-height` on the document at the header's height: the full-height views (/map, /planner) take the
 * viewport below it, and the header wraps onto one, two or three lines depending on the width and the language.
 */
function useHeightAsCssVariable(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--header-height', `${el.getBoundingClientRect().height}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
