import type { ColocationGroup, ColocationResult } from '../../server/core/analysis/colocation.ts';
import type { PointCollection } from '../api/client.ts';
import { useJurisdictionName } from '../components/use-jurisdiction-name.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AnalysisStatus } from './analysis-status.tsx';
import { CommunityDetail } from './community-detail.tsx';
import { ExportLinks } from './export-links.tsx';
import { LevelChecks, RangeField, ServiceSelect } from './filter-controls.tsx';
import { GroupDetail } from './group-detail.tsx';
import { analysisUrl, type ColocationParams } from './planner-api.ts';
import { SameCommunityTable } from './same-community-table.tsx';
import { type Column, SortableTable } from './sortable-table.tsx';

interface Props {
  params: ColocationParams;
  levels: string[];
  setRadius: (m: number) => void;
  setLevels: (l: string[]) => void;
  setService: (s: string | undefined) => void;
  result: ColocationResult | undefined;
  fetching: boolean;
  error: Error | null;
  selected: string | null;
  onSelect: (id: string | null) => void;
  points: PointCollection | undefined;
}

/** Co-location opportunities: controls, a sortable table of groups, the selected group's sites, exports. */
export function ColocationPanel(p: Props) {
  const { t, n } = useI18n();
  const jurisdictionName = useJurisdictionName();
  const groups = p.result?.groups ?? [];
  const selected = groups.find((g) => g.id === p.selected);
  const community = p.result?.same_community.find((c) => c.id === p.selected);
  const columns: Column<ColocationGroup>[] = [
    {
      key: 'place',
      label: t('planner.col.place'),
      value: (g) => `${g.sites[0]?.city ?? ''} ${g.sites[0]?.province ?? ''}`,
      render: (g) => (
        <button
          type="button"
          className="link"
          aria-pressed={g.id === p.selected}
          onClick={() => p.onSelect(g.id === p.selected ? null : g.id)}
        >
          {`${g.sites[0]?.city ?? g.id} (${g.sites[0]?.province ?? ''})`}
        </button>
      ),
    },
    { key: 'sites', label: t('planner.col.sites'), value: (g) => g.points.length, numeric: true },
    {
      key: 'jurisdictions',
      label: t('planner.col.jurisdictions'),
      value: (g) => g.jurisdictions.map(jurisdictionName).join(', '),
    },
    {
      key: 'distance',
      label: t('planner.col.maxDistance'),
      value: (g) => g.max_distance_m,
      render: (g) => t('planner.unit.m', { value: n(g.max_distance_m) }),
      numeric: true,
    },
    {
      key: 'building',
      label: t('planner.col.sameBuilding'),
      value: (g) => (g.same_building ? 1 : 0),
      render: (g) => (g.same_building ? t('planner.yes') : t('planner.no')),
    },
    { key: 'shared', label: t('planner.col.shared'), value: (g) => g.shared_services.length, numeric: true },
    { key: 'score', label: t('planner.col.score'), value: (g) => g.score, numeric: true },
  ];
  return (
    <div className="panel-body">
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <RangeField
          label={t('planner.colocation.radius')}
          value={p.params.radius_m}
          min={25}
          max={2000}
          step={25}
          valueText={t('planner.unit.m', { value: n(p.params.radius_m) })}
          onChange={p.setRadius}
          testId="radius"
        />
        <LevelChecks value={p.levels} onChange={p.setLevels} />
        <ServiceSelect value={p.params.service} onChange={p.setService} />
      </form>
      <AnalysisStatus fetching={p.fetching} error={p.error}>
        {p.result &&
          t('planner.colocation.summary', {
            groups: n(groups.length),
            together: n(groups.filter((g) => g.same_building).length),
            communities: n(p.result.same_community.length),
            radius: n(p.result.radius_m),
          })}
      </AnalysisStatus>
      {selected && <GroupDetail group={selected} onClose={() => p.onSelect(null)} />}
      {community && (
        <CommunityDetail community={community} points={p.points} onClose={() => p.onSelect(null)} />
      )}
      <SortableTable
        caption={t('planner.colocation.tableCaption')}
        columns={columns}
        rows={groups}
        rowKey={(g) => g.id}
        initialSort={{ key: 'score', descending: true }}
        selectedKey={p.selected}
        limit={200}
      />
      <ExportLinks
        what={t('planner.colocation.exportWhat')}
        csv={analysisUrl('/analysis/colocation', p.params, 'csv', { table: 'groups' })}
        geojson={analysisUrl('/analysis/colocation', p.params, 'geojson', { table: 'groups' })}
      />
      <SameCommunityTable rows={p.result?.same_community ?? []} onSelect={p.onSelect} selected={p.selected} />
      <ExportLinks
        what={t('planner.community.exportWhat')}
        csv={analysisUrl('/analysis/colocation', p.params, 'csv', { table: 'same_community' })}
        geojson={analysisUrl('/analysis/colocation', p.params, 'geojson', { table: 'same_community' })}
      />
    </div>
  );
}
