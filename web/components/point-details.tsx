import { useEffect, useRef } from 'react';
import type { PointFeature } from '../../server/core/geojson.ts';
import { useServices } from '../api/client.ts';
import { needsRecheck, openLabel, readableHours } from '../finder/format.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { languageName } from '../i18n/language-name.ts';
import { ExternalLink } from './external-link.tsx';
import { pointJsonLd } from './point-json-ld.ts';
import { useJurisdictionName } from './use-jurisdiction-name.ts';

export function directionsUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}`;
}

/** The details of one point. Everything from the data is rendered as text, never as HTML. */
export function PointDetails({ feature, onClose }: { feature: PointFeature; onClose: () => void }) {
  const { t, lang, pick } = useI18n();
  const services = useServices().data ?? [];
  const jurisdictionName = useJurisdictionName();
  const p = feature.properties;
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the panel so keyboard and screen-reader users land on what they opened.
  useEffect(() => heading.current?.focus(), []);
  // Escape closes the details, as it closes the header's menu: what a keyboard user tries first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const serviceName = (code: string) => {
    const s = services.find((x) => x.code === code);
    return s ? pick(s) : code;
  };
  const address = [p.address, p.city, p.province, p.postal_code].filter(Boolean).join(', ');
  const provider = jurisdictionName(p.jurisdiction);
  const stale = needsRecheck(p.last_verified);
  const status = p.open_now === undefined ? null : openLabel(p, lang, t);
  const verifiedDate = new Date(`${p.last_verified}T00:00:00Z`);
  const verified = Number.isNaN(verifiedDate.getTime())
    ? p.last_verified
    : new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(verifiedDate);
  return (
    <section className="details" aria-labelledby="details-name">
      <div className="details-head">
        <h2 id="details-name" ref={heading} tabIndex={-1}>
          {pick(p)}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </div>
      <p className="meta">
        {p.sample && <span className="badge sample">{t('sample.badge')}</span>}{' '}
        {t(`level.${p.level}` as MessageKey)} · {t(`siteType.${p.site_type}` as MessageKey)} ·{' '}
        <strong>{t(`status.${p.status}` as MessageKey)}</strong>
      </p>
      {status && <p className="open-state">{status.text}</p>}
      {p.photo_url && <img className="photo" src={p.photo_url} alt={t('finder.photo', { name: pick(p) })} />}
      <dl>
        <dt>{t('details.jurisdiction')}</dt>
        <dd>{provider}</dd>
        <dt>{t('details.address')}</dt>
        <dd>
          {address || t('details.none')}
          {p.approximate && <span className="note"> — {t('details.approximate')}</span>}
        </dd>
        <dt>{t('details.hours')}</dt>
        <dd>
          {p.hours ? (
            <ul className="hours">
              {readableHours(p.hours, lang, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            t('details.none')
          )}
        </dd>
        <dt>{t('details.services')}</dt>
        <dd>{p.services.length ? p.services.map(serviceName).join(', ') : t('details.none')}</dd>
        <dt>{t('details.languages')}</dt>
        <dd>
          {p.languages.length
            ? p.languages.map((l) => languageName(l, { t, lang })).join(', ')
            : t('details.none')}
        </dd>
        <dt>{t('details.accessibility')}</dt>
        <dd>
          {p.accessibility.length
            ? p.accessibility.map((a) => t(`access.${a}` as MessageKey)).join(', ')
            : t('details.none')}
        </dd>
        <dt>{t('details.lastVerified')}</dt>
        <dd>
          {p.last_verified ? <time dateTime={p.last_verified}>{verified}</time> : t('details.none')}
          {stale && (
            <>
              {' '}
              <span className="badge recheck">{t('finder.needsRecheck')}</span>
              <span className="note"> {t('finder.needsRecheckText')}</span>
            </>
          )}
        </dd>
      </dl>
      <script type="application/ld+json">
        {pointJsonLd(p, lang, provider, p.services.map(serviceName))}
      </script>
      <ul className="actions">
        <li>
          <ExternalLink href={directionsUrl(p.lat, p.lon)}>{t('details.directions')}</ExternalLink>
        </li>
        {p.phone && (
          <li>
            <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>
              {t('label', { label: t('details.phone') })} {p.phone}
            </a>
          </li>
        )}
        {p.toll_free && (
          <li>
            <a href={`tel:${p.toll_free.replace(/[^\d+]/g, '')}`}>
              {t('label', { label: t('details.tollFree') })} {p.toll_free}
            </a>
          </li>
        )}
        {p.online_url && (
          <li>
            <ExternalLink href={p.online_url}>{t('details.online')}</ExternalLink>
          </li>
        )}
        {p.booking_url && (
          <li>
            <ExternalLink href={p.booking_url}>{t('details.booking')}</ExternalLink>
          </li>
        )}
        {p.website && (
          <li>
            <ExternalLink href={p.website}>{t('details.website')}</ExternalLink>
          </li>
        )}
      </ul>
    </section>
  );
}
