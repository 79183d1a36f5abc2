import { AboutPage } from './about/about-page.tsx';
import { Header } from './components/header.tsx';
import { ExplorePage } from './explore/explore-page.tsx';
import { FinderPage } from './finder/finder-page.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { usePath } from './router.ts';

export function App() {
  const { t } = useI18n();
  const path = usePath();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header path={path} />
      <main id="main" tabIndex={-1}>
        {path.startsWith('/about') ? (
          <AboutPage />
        ) : path.startsWith('/map') ? (
          <ExplorePage />
        ) : (
          <FinderPage />
        )}
      </main>
    </>
  );
}
