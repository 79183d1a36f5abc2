import { useI18n } from '../i18n/i18n.tsx';

/** The method and its limits, on screen beside every analysis: numbers without method are not defensible. */
export function MethodNote() {
  const { t } = useI18n();
  return (
    <details className="method">
      <summary>{t('planner.method.title')}</summary>
      <ul>
        <li>{t('planner.method.distance')}</li>
        <li>{t('planner.method.places')}</li>
        <li>{t('planner.method.flyin')}</li>
        <li>{t('planner.method.colocation')}</li>
        <li>{t('planner.method.score')}</li>
        <li>{t('planner.method.suggest')}</li>
        <li>{t('planner.method.closed')}</li>
      </ul>
    </details>
  );
}
