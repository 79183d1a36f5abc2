import type { RefObject } from 'react';
import type { PointFeature } from '../../server/core/geojson.ts';
import type { NearestQuery, NearestResult } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alternatives } from './alternatives.tsx';
import { activeFilters, type FinderState } from './finder-state.ts';
import { ResultCard } from './result-card.tsx';

/** Beyond this, the nearest point is "not near": alternatives come first. */
export const NEAR_M = 100_000;

interface Props {
  state: FinderState;
  query: NearestQuery | null;
  data: NearestResult | undefined;
  pending: boolean;
  error: Error | null;
  placeLabel: string;
  serviceName: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onOpen: (id: string) => void;
  /** The result under the pointer or keyboard focus (null when none), ringed on the map. */
  onHighlight: (id: string | null) => void;
  onView: (view: 'list' | 'map') => void;
  /** Lists more results (shown while the list is full and below the API's maximum). */
  onMore: () => void;
  onClearFilters: () => void;
}

/** The result count (announced), the list/map switch for phones, "nothing near" and the ordered list. */
export function ResultsSection(props: Props) {
  const { t, tp, n } = useI18n();
  const { state, query, data, pending, error, placeLabel, serviceName } = props;
  const features: PointFeature[] = data?.features ?? [];
  const nearest = features[0]?.properties.distance_m;
  const nothingNear = data !== undefined && (features.length === 0 || (nearest ?? 0) > NEAR_M);
  const count = features.length;
  const filters = activeFilters(state);
  // When nothing is found, say why as far as we can tell: the filters, or that no one here offers the service.
  const nothing =
    filters > 0
      ? tp('finder.noneWithFilters', filters)
      : serviceName
        ? t('finder.noneForService', { service: serviceName })
        : t('finder.nothingAtAll');
  const summary = !query
    ? t('finder.start')
    : pending
      ? t('finder.loading')
      : error
        ? t('finder.error', { message: error.message })
        : count === 0
          ? nothing
          : `${count === 1 ? t('finder.countOne', { place: placeLabel }) : t('finder.countMany', { count: n(count), place: placeLabel })}${serviceName ? ` — ${t('finder.countService', { service: serviceName })}` : ''}`;

  return (
    <section className="results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={props.headingRef} tabIndex={-1}>
        {t('finder.results')}
      </h2>
      <p className="result-count" role="status" aria-live="polite">
        {summary}
      </p>
      {query && !pending && !error && count === 0 && filters > 0 && (
        <button type="button" className="btn secondary" onClick={props.onClearFilters}>
          {t('finder.clearFilters')}
        </button>
      )}
      {count > 0 && (
        <fieldset className="view-switch">
          <legend>{t('finder.viewSwitch')}</legend>
          <div className="view-buttons">
            <button type="button" aria-pressed={state.view === 'list'} onClick={() => props.onView('list')}>
              {t('finder.showList')}
            </button>
            <button type="button" aria-pressed={state.view === 'map'} onClick={() => props.onView('map')}>
              {t('finder.showMap')}
            </button>
          </div>
        </fieldset>
      )}
      {nothingNear && query && (
        <div className="nothing-near">
          {count > 0 && (
            <>
              <h3>{t('finder.nothingNear')}</h3>
              <p>{t('finder.nothingNearText', { place: placeLabel })}</p>
            </>
          )}
          <Alternatives
            service={state.service}
            base={{ ...query, site_type: undefined }}
            province={data?.position_province ?? null}
          />
          {count > 0 && <h3>{t('finder.farther')}</h3>}
        </div>
      )}
      {count > 0 && (
        <ol
          className="result-list"
          aria-labelledby="results-heading"
          onMouseLeave={() => props.onHighlight(null)}
          onBlur={() => props.onHighlight(null)}
        >
          {features.map((f, i) => (
            <ResultCard
              key={f.id}
              feature={f}
              rank={i + 1}
              selected={f.id === state.sel}
              onOpen={props.onOpen}
              onHighlight={props.onHighlight}
            />
          ))}
        </ol>
      )}
      {count > 0 && count >= state.limit && state.limit < 100 && (
        <button type="button" className="btn secondary more" onClick={props.onMore}>
          {t('finder.showMore')}
        </button>
      )}
    </section>
  );
}
