import { useI18n } from '../i18n/i18n.tsx';
import { PLANNER_COLORS } from './planner-colors.ts';
import type { PlannerMode } from './planner-map.ts';

const ITEMS: Record<
  PlannerMode,
  { color: string; key: Parameters<ReturnType<typeof useI18n>['t']>[0]; ring?: boolean }[]
> = {
  colocation: [
    { color: PLANNER_COLORS.opportunity, key: 'planner.legend.opportunity' },
    { color: PLANNER_COLORS.coLocated, key: 'planner.legend.coLocated' },
    { color: PLANNER_COLORS.community, key: 'planner.legend.community' },
  ],
  gaps: [
    { color: PLANNER_COLORS.covered, key: 'planner.legend.covered' },
    { color: PLANNER_COLORS.uncovered, key: 'planner.legend.uncovered' },
  ],
  whatif: [
    { color: PLANNER_COLORS.site, key: 'planner.legend.site' },
    { color: PLANNER_COLORS.added, key: 'planner.legend.added' },
    { color: PLANNER_COLORS.lost, key: 'planner.legend.closing', ring: true },
    { color: PLANNER_COLORS.gained, key: 'planner.legend.gained', ring: true },
    { color: PLANNER_COLORS.uncovered, key: 'planner.legend.uncovered' },
  ],
  suggest: [
    { color: PLANNER_COLORS.added, key: 'planner.legend.suggested' },
    { color: PLANNER_COLORS.uncovered, key: 'planner.legend.uncovered' },
  ],
};

/** What the map's symbols mean in the current tab; sizes follow population or score. */
export function PlannerLegend({ mode }: { mode: PlannerMode }) {
  const { t } = useI18n();
  return (
    <section className="planner-legend" aria-labelledby="planner-legend-title">
      <h2 id="planner-legend-title">{t('planner.legend.title')}</h2>
      <ul>
        {ITEMS[mode].map((i) => (
          <li key={i.key}>
            <span
              className="swatch"
              aria-hidden="true"
              style={
                i.ring ? { background: '#fff', boxShadow: `0 0 0 3px ${i.color}` } : { background: i.color }
              }
            />
            {t(i.key)}
          </li>
        ))}
        <li className="note">
          {t(mode === 'colocation' ? 'planner.legend.sizeScore' : 'planner.legend.sizePopulation')}
        </li>
      </ul>
    </section>
  );
}
