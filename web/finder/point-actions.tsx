import type { PointFeature } from '../../server/core/geojson.ts';
import { ExternalLink } from '../components/external-link.tsx';
import { directionsUrl } from '../components/point-details.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The ways to act on a result: go there, call, call toll-free, do it online, book. */
export function PointActions({ p }: { p: PointFeature['properties'] }) {
  const { t } = useI18n();
  return (
    <ul className="actions">
      <li>
        <ExternalLink href={directionsUrl(p.lat, p.lon)}>{t('finder.directions')}</ExternalLink>
      </li>
      {p.phone && (
        <li>
          <a href={tel(p.phone)}>{t('finder.call', { phone: p.phone })}</a>
        </li>
      )}
      {p.toll_free && (
        <li>
          <a href={tel(p.toll_free)}>{t('finder.callTollFree', { phone: p.toll_free })}</a>
        </li>
      )}
      {p.online_url && (
        <li>
          <ExternalLink href={p.online_url}>{t('finder.onlineService')}</ExternalLink>
        </li>
      )}
      {p.booking_url && (
        <li>
          <ExternalLink href={p.booking_url}>{t('finder.book')}</ExternalLink>
        </li>
      )}
    </ul>
  );
}
