import { useEffect, useState } from 'react';

/** A two-line router: the path is the view; links call navigate() so the page never reloads. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return path;
}

/**
 * Goes to `path` with `params`, keeping only the language of the query: each view keeps its own state in the URL
 * (the finder's `service`, the planner's `max_km`…), and one view's must not be read by the next.
 */
export function navigate(path: string, params: Record<string, string> = {}) {
  const url = new URL(window.location.href);
  const lang = url.searchParams.get('lang');
  url.pathname = path;
  url.search = new URLSearchParams({ ...(lang ? { lang } : {}), ...params }).toString();
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
