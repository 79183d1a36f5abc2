import { useQuery } from '@tanstack/react-query';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/i18n.tsx';

interface QualityRow {
  jurisdiction: string;
  name_en: string;
  name_fr: string;
  points: number;
  building_level_share: number;
  with_hours_share: number;
  with_services_share: number;
  with_french_share: number;
  needs_recheck: number;
  last_published: string | null;
}

/** The data-quality report (/api/v1/quality), folded under the planner's tabs. */
export function QualityReport() {
  const { t, n, pick, lang } = useI18n();
  const report = useQuery({
    queryKey: ['quality'],
    queryFn: async () =>
      ((await (await fetch('/api/v1/quality')).json()) as { jurisdictions: QualityRow[] }).jurisdictions,
  });
  const pct = (x: number) =>
    new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      style: 'percent',
      maximumFractionDigits: 0,
    }).format(x);
  const date = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' }).format(
          new Date(iso),
        )
      : '—';
  return (
    <details className="quality">
      <summary>{t('quality.title')}</summary>
      <ScrollRegion label={t('quality.caption')}>
        <table className="data-table">
          <caption>{t('quality.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quality.jurisdiction')}</th>
              <th scope="col">{t('quality.points')}</th>
              <th scope="col">{t('quality.building')}</th>
              <th scope="col">{t('quality.hours')}</th>
              <th scope="col">{t('quality.services')}</th>
              <th scope="col">{t('quality.french')}</th>
              <th scope="col">{t('quality.recheck')}</th>
              <th scope="col">{t('quality.published')}</th>
            </tr>
          </thead>
          <tbody>
            {report.data?.map((r) => (
              <tr key={r.jurisdiction}>
                <th scope="row">{pick(r)}</th>
                <td>{n(r.points)}</td>
                <td>{pct(r.building_level_share)}</td>
                <td>{pct(r.with_hours_share)}</td>
                <td>{pct(r.with_services_share)}</td>
                <td>{pct(r.with_french_share)}</td>
                <td>{n(r.needs_recheck)}</td>
                <td>{date(r.last_published)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <a href="/api/v1/quality">{t('quality.download')}</a>
    </details>
  );
}
