import type { PointFeature } from '../../server/core/geojson.ts';
import { directionsUrl } from '../components/point-details.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The ways to act on a result: go there, call, call toll-free, do it online, book. */
export function PointActions({ p }: { p: PointFeature['properties'] }) {
  const { t } = useI18n();
  const newTab = <span className="visually-hidden"> {t('finder.opensInNewTab')}</span>;
  return (
    <ul className="actions">
      <li>
        <a href={directionsUrl(p.lat, p.lon)} target="_blank" rel="noopener noreferrer">
          {t('finder.directions')}
          {newTab}
        </a>
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
          <a href={p.online_url} target="_blank" rel="noopener noreferrer">
            {t('finder.onlineService')}
            {newTab}
          </a>
        </li>
      )}
      {p.booking_url && (
        <li>
          <a href={p.booking_url} target="_blank" rel="noopener noreferrer">
            {t('finder.book')}
            {newTab}
          </a>
        </li>
      )}
    </ul>
  );
}
