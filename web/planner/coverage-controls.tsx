import { useI18n } from '../i18n/i18n.tsx';
import { JurisdictionSelect, LevelSelect, RangeField, ServiceSelect } from './filter-controls.tsx';
import type { CoverageParams } from './planner-api.ts';

/** Sites open on ordinary days: what "covered" means to someone who needs the service this week. */
const PERMANENT = 'centre,part_time';

/** The coverage settings shared by the gaps, what-if and suggestion tabs. */
export function CoverageControls({
  value,
  onChange,
}: {
  value: CoverageParams;
  onChange: (next: CoverageParams) => void;
}) {
  const { t, n } = useI18n();
  return (
    <form className="controls" onSubmit={(e) => e.preventDefault()}>
      <RangeField
        label={t('planner.gaps.maxKm')}
        value={value.max_km}
        min={5}
        max={300}
        step={5}
        valueText={t('planner.unit.km', { value: n(value.max_km) })}
        onChange={(max_km) => onChange({ ...value, max_km })}
        testId="max-km"
      />
      <ServiceSelect value={value.service} onChange={(service) => onChange({ ...value, service })} />
      <LevelSelect value={value.level} onChange={(level) => onChange({ ...value, level })} />
      <JurisdictionSelect
        value={value.jurisdiction}
        onChange={(jurisdiction) => onChange({ ...value, jurisdiction })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={value.site_type === PERMANENT}
          onChange={(e) => onChange({ ...value, site_type: e.target.checked ? PERMANENT : undefined })}
        />
        {t('planner.filter.permanentOnly')}
      </label>
    </form>
  );
}
