import { lazy, Suspense } from 'react';
import { AboutPage } from './about/about-page.tsx';
import { Header } from './components/header.tsx';
import { ExplorePage } from './explore/explore-page.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { usePath } from './router.ts';

// The planner (and its charting library) loads only when a planner opens it: the public pages stay light.
const PlannerPage = lazy(() =>
  import('./planner/planner-page.tsx').then((m) => ({ default: m.PlannerPage })),
);

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
        ) : path.startsWith('/planner') ? (
          <Suspense fallback={<p className="page">{t('planner.loading')}</p>}>
            <PlannerPage />
          </Suspense>
        ) : (
          <ExplorePage />
        )}
      </main>
    </>
  );
}
