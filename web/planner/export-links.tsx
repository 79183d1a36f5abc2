import { useI18n } from '../i18n/i18n.tsx';

/** Download links for one table: the same analysis URL with format=csv and format=geojson. */
export function ExportLinks({ what, csv, geojson }: { what: string; csv: string; geojson?: string }) {
  const { t } = useI18n();
  return (
    <p className="exports">
      <a href={csv} download>
        {t('planner.export.csv', { what })}
      </a>
      {geojson && (
        <a href={geojson} download>
          {t('planner.export.geojson', { what })}
        </a>
      )}
    </p>
  );
}
