import { useI18n } from '../i18n/i18n.tsx';
import { LEVEL_COLORS } from '../map/colors.ts';

export function Legend() {
  const { t } = useI18n();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {(Object.keys(LEVEL_COLORS) as (keyof typeof LEVEL_COLORS)[]).map((level) => (
          <li key={level}>
            <span className="swatch" style={{ background: LEVEL_COLORS[level] }} aria-hidden="true" />
            {t(`level.${level}`)}
          </li>
        ))}
        <li>
          <span className="swatch cluster" aria-hidden="true" />
          {t('legend.cluster')}
        </li>
      </ul>
    </section>
  );
}
