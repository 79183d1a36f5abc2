import type { PointFeature } from '../../server/core/geojson.ts';
import { useJurisdictionName } from '../components/use-jurisdiction-name.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { languageName } from '../i18n/language-name.ts';
import { formatDistance, openLabel } from './format.ts';
import { PointActions } from './point-actions.tsx';

interface Props {
  feature: PointFeature;
  rank: number;
  selected: boolean;
  onOpen: (id: string) => void;
  onHighlight: (id: string) => void;
}

/** One result of the list: what it is, how far, whether it is open, and what you can do from here. */
export function ResultCard({ feature, rank, selected, onOpen, onHighlight }: Props) {
  const { t, n, lang, pick } = useI18n();
  const jurisdictionName = useJurisdictionName();
  const p = feature.properties;
  const status = openLabel(p, lang, t);
  return (
    <li
      className={selected ? 'result selected' : 'result'}
      data-id={feature.id}
      onMouseEnter={() => onHighlight(feature.id)}
      onFocus={() => onHighlight(feature.id)}
    >
      <span className="rank" aria-hidden="true">
        {rank}
      </span>
      <div className="result-body">
        <h3>
          <button
            type="button"
            className="result-name"
            onClick={() => onOpen(feature.id)}
            aria-describedby={`dist-${rank}`}
          >
            {pick(p)}
          </button>
        </h3>
        <p className="result-meta">
          {t(`level.${p.level}` as MessageKey)} · {jurisdictionName(p.jurisdiction)} ·{' '}
          {t(`siteType.${p.site_type}` as MessageKey)}
          {p.sample && (
            <>
              {' '}
              <span className="badge sample">{t('sample.badge')}</span>
            </>
          )}
        </p>
        <p id={`dist-${rank}`} className="distance">
          {t('finder.away', { distance: formatDistance(p.distance_m ?? 0, t, n) })}
        </p>
        <p
          className={
            status.open === true
              ? 'open-state open'
              : status.open === false
                ? 'open-state closed'
                : 'open-state'
          }
        >
          {status.text}
        </p>
        {p.status === 'temporarily_closed' && (
          <p className="open-state closed">{t('status.temporarily_closed')}</p>
        )}
        {p.languages.length > 0 && (
          <p className="langs">
            {t('finder.languagesList', {
              list: p.languages.map((l) => languageName(l, { t, lang })).join(', '),
            })}
          </p>
        )}
        {p.accessibility.length > 0 && (
          <ul className="access-chips" aria-label={t('details.accessibility')}>
            {p.accessibility.map((a) => (
              <li key={a}>
                <span aria-hidden="true" className="access-icon">
                  ✓
                </span>
                {t(`access.${a}` as MessageKey)}
              </li>
            ))}
          </ul>
        )}
        <PointActions p={p} />
      </div>
    </li>
  );
}
