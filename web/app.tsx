import { type ComponentType, lazy, Suspense } from 'react';
import { AboutPage } from './about/about-page.tsx';
import { Header } from './components/header.tsx';
import { ApiReferencePage } from './developers/api-reference-page.tsx';
import { ExplorePage } from './explore/explore-page.tsx';
import { FinderPage } from './finder/finder-page.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { PortalPage } from './portal/portal-page.tsx';
import { usePath } from './router.ts';

// The planner (and its charting library) loads only when a planner opens it: the public pages stay light.
const PlannerPage = lazy(() =>
  import('./planner/planner-page.tsx').then((m) => ({ default: m.PlannerPage })),
);

function LazyPlanner() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="page">{t('planner.loading')}</p>}>
      <PlannerPage />
    </Suspense>
  );
}

/** One view per path prefix; the first match wins, the last entry is the home page. */
const VIEWS: [prefix: string, view: ComponentType][] = [
  ['/about', AboutPage],
  ['/portal', PortalPage],
  ['/planner', LazyPlanner],
  ['/developers', ApiReferencePage],
  ['/map', ExplorePage],
  ['/', FinderPage],
];

export function App() {
  const { t } = useI18n();
  const path = usePath();
  const View = VIEWS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? FinderPage;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header path={path} />
      <main id="main" tabIndex={-1}>
        <View />
      </main>
    </>
  );
}
