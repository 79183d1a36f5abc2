import { useMemo } from 'react';
import { governsIn } from '../../server/core/jurisdiction-rules.ts';
import { type NearestQuery, useJurisdictions, useNearest, usePoints } from '../api/client.ts';
import { ExternalLink } from '../components/external-link.tsx';
import { useJurisdictionName } from '../components/use-jurisdiction-name.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDistance, openLabel } from './format.ts';

interface Props {
  service: string | undefined;
  /** The search without its site-type filter, to look for outreach and mobile visits instead. */
  base: NearestQuery;
  /** The province or territory of the search (`X-Position-Province`): only its governments and federal ones. */
  province: string | null;
}

/**
 * When nothing is near: the online services and toll-free lines of the governments that offer the service,
 * and the nearest outreach or mobile visits, before any far-away office.
 */
export function Alternatives({ service, base, province }: Props) {
  const { t, n, lang, pick } = useI18n();
  // Filtered by the server: a phone need not fetch every point to list a few numbers and links.
  const points = usePoints(service).data?.features ?? [];
  const name = useJurisdictionName();
  const jurisdictions = useJurisdictions().data ?? [];
  const outreach =
    useNearest({ ...base, site_type: 'outreach,mobile', limit: '3', open_at: undefined }).data?.features ??
    [];
  const { online, tollFree } = useMemo(() => {
    const byId = new Map(jurisdictions.map((j) => [j.id, j]));
    // The same rule as the search's `in_jurisdiction`: another province's line or site is no alternative.
    const governs = (id: string) => {
      const j = byId.get(id);
      return !province || !j || governsIn(j, province);
    };
    const offering = points
      .map((f) => f.properties)
      .filter((p) => (!service || p.services.includes(service)) && governs(p.jurisdiction));
    const byJurisdiction = (field: 'online_url' | 'toll_free') => {
      const seen = new Map<string, string>();
      for (const p of offering) if (p[field] && !seen.has(p.jurisdiction)) seen.set(p.jurisdiction, p[field]);
      return [...seen].slice(0, 6);
    };
    return { online: byJurisdiction('online_url'), tollFree: byJurisdiction('toll_free') };
  }, [points, service, province, jurisdictions]);
  // Nothing listed for the service here: at least the province's or territory's own government, whose site says
  // how it provides the service (Québec issues health cards, yet no office of the data lists the service).
  const government = jurisdictions.find(
    (j) => province && j.id === province && j.website && !online.some(([id]) => id === j.id),
  );
  if (online.length + tollFree.length + outreach.length === 0 && !government)
    return <p>{t('finder.altNone')}</p>;
  return (
    <section className="alternatives" aria-labelledby="alternatives-heading">
      <h3 id="alternatives-heading">{t('finder.alternatives')}</h3>
      {online.length > 0 && (
        <>
          <h4>{t('finder.altOnline')}</h4>
          <ul>
            {online.map(([j, url]) => (
              <li key={j}>
                <ExternalLink href={url}>{name(j)}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {tollFree.length > 0 && (
        <>
          <h4>{t('finder.altTollFree')}</h4>
          <ul>
            {tollFree.map(([j, phone]) => (
              <li key={j}>
                {t('label', { label: name(j) })} <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {outreach.length > 0 && (
        <>
          <h4>{t('finder.altOutreach')}</h4>
          <ul>
            {outreach.map((f) => (
              <li key={f.id}>
                {pick(f.properties)} — {formatDistance(f.properties.distance_m ?? 0, t, n)} ·{' '}
                {openLabel(f.properties, lang, t).text}
              </li>
            ))}
          </ul>
        </>
      )}
      {government?.website && (
        <>
          <h4>{t('finder.altGovernment')}</h4>
          <p>
            <ExternalLink href={government.website}>{name(government.id)}</ExternalLink> —{' '}
            {t('finder.altGovernmentText')}
          </p>
        </>
      )}
    </section>
  );
}
