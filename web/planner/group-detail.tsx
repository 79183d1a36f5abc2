import { useEffect, useRef } from 'react';
import type { ColocationGroup } from '../../server/core/analysis/colocation.ts';
import { useServices } from '../api/client.ts';
import { useJurisdictionName } from '../components/use-jurisdiction-name.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The sites of one co-location group side by side, with the services they share and complement. */
export function GroupDetail({ group, onClose }: { group: ColocationGroup; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the details when another group is chosen, so a screen reader reads them next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus only when the selection changes
  useEffect(() => heading.current?.focus(), [group.id]);
  const { t, n, pick } = useI18n();
  const services = useServices();
  const jurisdictionName = useJurisdictionName();
  const name = (code: string) => {
    const s = services.data?.find((x) => x.code === code);
    return s ? pick(s) : code;
  };
  return (
    <section className="group-detail" aria-labelledby="group-detail-title">
      <div className="details-head">
        <h2 id="group-detail-title" tabIndex={-1} ref={heading}>
          {t('planner.group.title', { place: group.sites[0]?.city ?? group.id })}
        </h2>
        <button type="button" className="close" aria-label={t('planner.group.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p>
        {t(group.same_building ? 'planner.group.together' : 'planner.group.apart', {
          distance: n(group.max_distance_m),
        })}{' '}
        {t('planner.group.scoreLine', {
          population: n(group.population_10km),
          jurisdictions: n(group.jurisdictions.length),
          score: n(group.score, 1),
        })}
      </p>
      <ul className="site-cards">
        {group.sites.map((s) => (
          <li key={s.id} className="site-card">
            <h3>{pick(s)}</h3>
            <p className="meta">
              {t(`level.${s.level as 'federal'}`)} · {jurisdictionName(s.jurisdiction)}
            </p>
            <p>{[s.address, s.city].filter(Boolean).join(', ')}</p>
            <p className="label">{t('planner.group.services')}</p>
            <ul className="chips">
              {s.services.map((c) => (
                <li key={c} className={group.shared_services.includes(c) ? 'chip shared' : 'chip'}>
                  {name(c)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <dl className="service-compare">
        <dt>{t('planner.group.shared')}</dt>
        <dd>{group.shared_services.map(name).join(', ') || t('planner.none')}</dd>
        <dt>{t('planner.group.complementary')}</dt>
        <dd>{group.complementary_services.map(name).join(', ') || t('planner.none')}</dd>
      </dl>
    </section>
  );
}
