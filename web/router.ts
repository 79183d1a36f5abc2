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

/** Goes to `path`, keeping the query (the language) unless `params` are given, which are added to it. */
export function navigate(path: string, params?: Record<string, string>) {
  const url = new URL(window.location.href);
  url.pathname = path;
  if (params) {
    const lang = url.searchParams.get('lang');
    url.search = new URLSearchParams({ ...(lang ? { lang } : {}), ...params }).toString();
  }
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
