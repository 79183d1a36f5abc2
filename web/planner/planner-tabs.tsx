import { type KeyboardEvent, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { PlannerMode } from './planner-map.ts';

export const TABS: readonly PlannerMode[] = ['colocation', 'gaps', 'whatif', 'suggest'];

/**
 * The WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home / End) move between tabs and select them.
 * Each tab controls the panel `planner-panel-<mode>`.
 */
export function PlannerTabs({ value, onChange }: { value: PlannerMode; onChange: (m: PlannerMode) => void }) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    const mode = TABS[next];
    if (next < 0 || !mode) return;
    e.preventDefault();
    onChange(mode);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('planner.tabs.label')} className="planner-tabs">
      {TABS.map((m, i) => (
        <button
          key={m}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`planner-tab-${m}`}
          aria-selected={m === value}
          aria-controls={`planner-panel-${m}`}
          tabIndex={m === value ? 0 : -1}
          onClick={() => onChange(m)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(`planner.tab.${m}`)}
        </button>
      ))}
    </div>
  );
}
