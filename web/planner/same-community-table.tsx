import type { SameCommunity } from '../../server/core/analysis/same-community.ts';
import { useJurisdictionName } from '../components/use-jurisdiction-name.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type Column, SortableTable } from './sortable-table.tsx';

/** Places served by separate offices of two or more governments. */
export function SameCommunityTable({
  rows,
  selected,
  onSelect,
}: {
  rows: readonly SameCommunity[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t, n } = useI18n();
  const jurisdictionName = useJurisdictionName();
  const columns: Column<SameCommunity>[] = [
    {
      key: 'place',
      label: t('planner.col.place'),
      value: (c) => c.name,
      render: (c) => (
        <button
          type="button"
          className="link"
          aria-pressed={c.id === selected}
          onClick={() => onSelect(c.id === selected ? null : c.id)}
        >
          {`${c.name} (${c.province.toUpperCase()})`}
        </button>
      ),
    },
    {
      key: 'population',
      label: t('planner.col.population'),
      value: (c) => c.population,
      numeric: true,
      render: (c) => n(c.population),
    },
    {
      key: 'jurisdictions',
      label: t('planner.col.jurisdictions'),
      value: (c) => c.jurisdictions.map(jurisdictionName).join(', '),
    },
    { key: 'offices', label: t('planner.col.sites'), value: (c) => c.points.length, numeric: true },
    {
      key: 'pairs',
      label: t('planner.col.separatePairs'),
      value: (c) => c.separate_pairs.length,
      numeric: true,
    },
    { key: 'score', label: t('planner.col.score'), value: (c) => c.score, numeric: true },
  ];
  return (
    <>
      <h2>{t('planner.community.title')}</h2>
      <p className="hint">{t('planner.community.intro')}</p>
      <SortableTable
        caption={t('planner.community.tableCaption')}
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        initialSort={{ key: 'score', descending: true }}
        selectedKey={selected}
        limit={100}
      />
    </>
  );
}
