import { useAbout } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

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
        {about.data?.layers.map((l) => (
          <li key={l.layer}>
            {l.layer}:{' '}
            {l.available ? `${t('about.available')} (${n(l.count)})` : <strong>{t('about.missing')}</strong>}
          </li>
        ))}
      </ul>
      <p>{t('about.api', { url: '/api/v1/openapi.json' })}</p>
      <p>{t('about.realData')}</p>
    </article>
  );
}
