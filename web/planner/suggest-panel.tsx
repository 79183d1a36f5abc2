import { useId } from 'react';
import type { SuggestedSite, SuggestResult } from '../../server/core/analysis/suggest.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AnalysisStatus } from './analysis-status.tsx';
import { CoverageControls } from './coverage-controls.tsx';
import { ExportLinks } from './export-links.tsx';
import { analysisUrl, type CoverageParams } from './planner-api.ts';
import { useProvinceName } from './province-name.ts';
import { type Column, SortableTable } from './sortable-table.tsx';

interface Props {
  params: CoverageParams;
  setParams: (p: CoverageParams) => void;
  k: number;
  setK: (k: number) => void;
  result: SuggestResult | undefined;
  fetching: boolean;
  error: Error | null;
  onTry: (site: SuggestedSite) => void;
}

/** Suggested new sites (greedy maximal covering), each with the population it adds. */
export function SuggestPanel(p: Props) {
  const { t, tp, n } = useI18n();
  const province = useProvinceName();
  const kId = useId();
  const r = p.result;
  const columns: Column<SuggestedSite>[] = [
    { key: 'rank', label: t('planner.col.rank'), value: (s) => s.rank, numeric: true },
    { key: 'name', label: t('planner.col.place'), value: (s) => s.name },
    { key: 'province', label: t('planner.col.province'), value: (s) => province(s.province) },
    {
      key: 'added',
      label: t('planner.col.added'),
      value: (s) => s.added_population,
      numeric: true,
      render: (s) => n(s.added_population),
    },
    {
      key: 'share',
      label: t('planner.col.shareAfter'),
      value: (s) => s.covered_population_after,
      numeric: true,
      render: (s) =>
        t('planner.unit.pct', {
          value: n((s.covered_population_after / Math.max(r?.total_population ?? 1, 1)) * 100, 1),
        }),
    },
    {
      key: 'try',
      label: t('planner.col.action'),
      value: (s) => s.rank,
      render: (s) => (
        <button type="button" className="link" onClick={() => p.onTry(s)}>
          {t('planner.suggest.try', { place: s.name })}
        </button>
      ),
    },
  ];
  return (
    <div className="panel-body">
      <p className="hint">{t('planner.suggest.intro')}</p>
      <CoverageControls value={p.params} onChange={p.setParams} />
      <div className="controls">
        <div className="field">
          <label htmlFor={kId}>{t('planner.suggest.k')}</label>
          <input
            id={kId}
            type="number"
            min={1}
            max={50}
            value={p.k}
            onChange={(e) => p.setK(Math.min(50, Math.max(1, Math.round(Number(e.target.value) || 1))))}
          />
        </div>
      </div>
      <AnalysisStatus fetching={p.fetching} error={p.error}>
        {r &&
          tp('planner.suggest.summary', r.sites.length, {
            before: n(r.covered_population_before),
            after: n(r.covered_population_after),
            km: n(r.max_km),
          })}
      </AnalysisStatus>
      {r && (
        <>
          <SortableTable
            caption={t('planner.suggest.tableCaption')}
            columns={columns}
            rows={r.sites}
            rowKey={(s) => String(s.rank)}
            initialSort={{ key: 'rank', descending: false }}
          />
          <ExportLinks
            what={t('planner.suggest.exportWhat')}
            csv={analysisUrl('/analysis/suggest', { ...p.params, k: p.k }, 'csv')}
            geojson={analysisUrl('/analysis/suggest', { ...p.params, k: p.k }, 'geojson')}
          />
        </>
      )}
    </div>
  );
}
