import { useEffect, useMemo, useRef } from 'react';
import {
  type GeocodeCandidate,
  type NearestQuery,
  useAbout,
  useGeocode,
  useNearest,
  usePoint,
  useServices,
} from '../api/client.ts';
import { Legend } from '../components/legend.tsx';
import { PointDetails } from '../components/point-details.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { FinderFilters } from './finder-filters.tsx';
import { DEFAULT_LIMIT, NO_FILTERS, useFinderState } from './finder-state.ts';
import { LocationNote } from './location-note.tsx';
import { LocationSearch } from './location-search.tsx';
import { ResultsSection } from './results-section.tsx';
import { ServicePicker } from './service-picker.tsx';
import { useFinderMap } from './use-finder-map.ts';

/**
 * The public finder: where (postal code, place or device location) × what (service) × filters → the nearest
 * points of every level of government, as a list (the accessible primary view) and on the map, in sync.
 */
export function FinderPage() {
  const { t, pick } = useI18n();
  const [state, update] = useFinderState();
  const geocode = useGeocode(state.q);
  const services = useServices().data ?? [];
  // The map draws every point from its own fetch (ServiceMap); the page never holds them all.
  const about = useAbout();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  /** After "show more": the index of the first new result, which gets the focus. */
  const focusIndex = useRef<number | null>(null);

  // A typed place resolves to its best candidate; the user can pick another (LocationNote).
  const first = geocode.data?.candidates[0];
  useEffect(() => {
    if (state.lat === undefined && first) update({ lat: first.lat, lon: first.lon, place: first.label });
  }, [first, state.lat, update]);

  // "Open now" is the minute the search was made, as an instant; "open at" is wall-clock time at each point.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the instant is re-taken when the search changes
  const openAt = useMemo(() => {
    if (state.open === 'now') return `${new Date().toISOString().slice(0, 16)}Z`;
    if (state.open === 'at' && state.at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(state.at)) return state.at;
    return undefined;
  }, [state.open, state.at, state.lat, state.lon, state.service]);

  const known = services.length > 0;
  const service = services.find((s) => s.code === state.service);
  // A link may name a service that does not exist (mistyped, or an old code): searched without it, and said so,
  // rather than the API's refusal in English. Until the list has loaded, such a link waits.
  const unknownService = known && state.service !== undefined && !service;
  const query = useMemo<NearestQuery | null>(
    () =>
      state.lat === undefined || state.lon === undefined || (state.service !== undefined && !known)
        ? null
        : {
            lat: String(state.lat),
            lon: String(state.lon),
            limit: String(state.limit),
            service: unknownService ? undefined : state.service,
            level: state.level.join(','),
            language: state.language,
            accessibility: state.access.join(','),
            site_type: state.site.join(','),
            open_at: openAt,
            // A provincial service comes from one's own province: another's office, however near, cannot help.
            in_jurisdiction: 'true',
          },
    [
      state.lat,
      state.lon,
      state.limit,
      state.service,
      known,
      unknownService,
      state.level,
      state.language,
      state.access,
      state.site,
      openAt,
    ],
  );
  const nearest = useNearest(query);

  // After a search, move focus to the results so keyboard and screen-reader users land on them.
  useEffect(() => {
    if (nearest.data && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
    if (nearest.data && focusIndex.current !== null) {
      const index = focusIndex.current;
      focusIndex.current = null;
      document.querySelectorAll<HTMLButtonElement>('.result .result-name')[index]?.focus();
    }
  }, [nearest.data]);

  const select = (id: string | null) => update({ sel: id ?? undefined });
  const { container, highlight } = useFinderMap({
    results: nearest.data ?? null,
    origin: query ? { lat: Number(query.lat), lon: Number(query.lon) } : null,
    selected: state.sel ?? null,
    view: state.view,
    onSelect: (id) => update({ sel: id, view: 'list' }),
  });

  // A result, or a point picked on the map among all the others, fetched when it is picked.
  const inResults = nearest.data?.features.find((f) => f.id === state.sel);
  const picked = usePoint(state.sel && !inResults ? state.sel : null).data;
  const selected = inResults ?? (picked?.id === state.sel ? picked : undefined);
  const placeLabel = state.place === '@me' ? t('finder.yourLocation') : (state.place ?? state.q);
  // The tab title says what is shown, so a screen-reader user switching tabs (or a bookmark) knows the search.
  const titleParts = [service ? pick(service) : undefined, query ? placeLabel : undefined].filter(Boolean);
  const title = titleParts.length > 0 ? `${titleParts.join(' · ')} — ${t('app.title')}` : t('app.title');
  // After the I18nProvider's own title update, which runs later in the same commit on a language change.
  useEffect(() => {
    const id = setTimeout(() => {
      document.title = title;
    });
    return () => clearTimeout(id);
  }, [title]);

  const sampleCount = about.data?.sample_points ?? 0;

  const closeDetails = () => {
    const id = state.sel;
    select(null);
    // Back to the result the details came from.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id ?? '')}"] .result-name`)
        ?.focus(),
    );
  };

  return (
    <div className="finder" data-view={state.view} data-results={nearest.data ? 'yes' : 'no'}>
      <section className="finder-panel" aria-labelledby="finder-heading">
        <h1 id="finder-heading">{t('finder.heading')}</h1>
        <p className="intro">{t('finder.intro')}</p>
        {sampleCount > 0 && (
          <p className="banner sample" role="note">
            {t('sample.banner')}
          </p>
        )}
        <LocationSearch
          q={state.q}
          onSearch={(q) => {
            focusResults.current = true;
            update({
              q,
              lat: undefined,
              lon: undefined,
              place: undefined,
              sel: undefined,
              limit: DEFAULT_LIMIT,
            });
          }}
          onLocate={(lat, lon) => {
            focusResults.current = true;
            update({ q: '', lat, lon, place: '@me', sel: undefined, limit: DEFAULT_LIMIT });
          }}
        />
        {state.place && state.place !== '@me' && (
          <p className="near">{t('finder.near', { place: placeLabel })}</p>
        )}
        {state.place === '@me' && <p className="near">{t('finder.near', { place: placeLabel })}</p>}
        {state.q && (
          <LocationNote
            result={geocode.data}
            error={geocode.error}
            chosen={state}
            onChoose={(c: GeocodeCandidate) => {
              focusResults.current = true;
              update({ lat: c.lat, lon: c.lon, place: c.label, sel: undefined, limit: DEFAULT_LIMIT });
            }}
          />
        )}
        {unknownService && (
          <p className="banner warning" role="status">
            {t('finder.unknownService', { code: state.service ?? '' })}
          </p>
        )}
        <ServicePicker
          service={state.service}
          onChange={(code, fromSearch) => {
            focusResults.current = fromSearch && query !== null;
            update({ service: code, sel: undefined });
          }}
        />
        <FinderFilters state={state} onChange={(c) => update({ ...c, sel: undefined })} />
        {selected && <PointDetails key={selected.id} feature={selected} onClose={closeDetails} />}
        <ResultsSection
          state={state}
          query={query}
          data={nearest.data}
          pending={nearest.isPending && query !== null}
          error={nearest.error}
          placeLabel={placeLabel}
          serviceName={service ? pick(service) : undefined}
          headingRef={resultsHeading}
          onOpen={(id) => select(id)}
          onHighlight={highlight}
          onView={(view) => {
            update({ view });
            // On a phone the map comes after the whole search form: bring it into view, or only its top shows.
            if (view === 'map')
              requestAnimationFrame(() => container.current?.scrollIntoView({ block: 'start' }));
          }}
          onClearFilters={() => update({ ...NO_FILTERS, sel: undefined })}
          onMore={() => {
            focusIndex.current = nearest.data?.features.length ?? null;
            update({ limit: Math.min(100, state.limit * 2) });
          }}
        />
        <Legend />
      </section>
      <div className="map-wrap">
        <div ref={container} className="map" />
      </div>
    </div>
  );
}
