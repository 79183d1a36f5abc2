import { useAbout } from '../api/client.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The reference layers the server reports (by its own English names), as the page names them, and what a missing
 * one takes away. A layer the page does not know yet is shown by the server's name.
 */
const LAYERS: Record<string, { name: MessageKey; without?: MessageKey }> = {
  provinces: { name: 'about.layer.provinces', without: 'about.without.provinces' },
  lakes: { name: 'about.layer.lakes', without: 'about.without.lakes' },
  countries: { name: 'about.layer.countries', without: 'about.without.countries' },
  'countries (fallback)': { name: 'about.layer.countriesFallback' },
  'city labels': { name: 'about.layer.cityLabels', without: 'about.without.cityLabels' },
  'FSA centroids': { name: 'about.layer.fsaCentroids', without: 'about.without.fsaCentroids' },
  'populated places': { name: 'about.layer.places', without: 'about.without.places' },
  gazetteer: { name: 'about.layer.gazetteer', without: 'about.without.gazetteer' },
};

/** Where the data comes from, its licences, and which reference layers are missing. */
export function AboutPage() {
  const { t, tp, n, pick } = useI18n();
  const about = useAbout();
  return (
    <article className="page">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      {about.data && about.data.sample_points > 0 && (
        <p className="banner sample">{tp('about.samplePoints', about.data.sample_points)}</p>
      )}
      <h2>{t('about.sources')}</h2>
      <ul>
        {about.data?.sources.map((s) => (
          <li key={s.id}>
            {pick(s)} — {s.licence} ({s.date}){s.in_use ? '' : ` — ${t('about.notLoaded')}`}
          </li>
        ))}
      </ul>
      <h2>{t('about.reference')}</h2>
      {about.data && about.data.missing.length > 0 && (
        <p className="banner warning" role="status">
          {t('about.missingNote')}
        </p>
      )}
      <ul className="layers">
        {about.data?.layers.map((l) => {
          const known = LAYERS[l.layer];
          return (
            <li key={l.layer}>
              {t('label', { label: known ? t(known.name) : l.layer })}{' '}
              {l.available ? (
                `${t('about.available')} (${n(l.count)})`
              ) : (
                <>
                  <strong>{t('about.missing')}</strong>
                  {known?.without && ` — ${t(known.without)}`}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p>{t('about.api', { url: '/api/v1/openapi.json' })}</p>
      <p>{t('about.realData')}</p>
    </article>
  );
}
