import { useEffect, useRef } from 'react';
import type { SameCommunity } from '../../server/core/analysis/same-community.ts';
import type { PointCollection } from '../api/client.ts';
import { useJurisdictionName } from '../components/use-jurisdiction-name.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The offices of one same-community opportunity, side by side, and which governments share no site. */
export function CommunityDetail({
  community,
  points,
  onClose,
}: {
  community: SameCommunity;
  points: PointCollection | undefined;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the details when another group is chosen, so a screen reader reads them next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus only when the selection changes
  useEffect(() => heading.current?.focus(), [community.id]);
  const { t, pick } = useI18n();
  const jurisdictionName = useJurisdictionName();
  const ids = new Set(community.points);
  const offices = (points?.features ?? []).filter((f) => ids.has(f.id)).map((f) => f.properties);
  return (
    <section className="group-detail" aria-labelledby="community-detail-title">
      <div className="details-head">
        <h2 id="community-detail-title" tabIndex={-1} ref={heading}>
          {t('planner.group.title', { place: community.name })}
        </h2>
        <button type="button" className="close" aria-label={t('planner.group.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p>
        {t('planner.community.pairs', {
          pairs: community.separate_pairs
            .map(([a, b]) => `${jurisdictionName(a)} + ${jurisdictionName(b)}`)
            .join(', '),
        })}
      </p>
      <ul className="site-cards">
        {offices.map((s) => (
          <li key={s.id} className="site-card">
            <h3>{pick(s)}</h3>
            <p className="meta">
              {t(`level.${s.level}`)} · {jurisdictionName(s.jurisdiction)}
            </p>
            <p>{[s.address, s.city].filter(Boolean).join(', ')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
