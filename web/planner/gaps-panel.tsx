import type { GapsResult, PlaceGap } from '../../server/core/analysis/gaps.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AnalysisStatus } from './analysis-status.tsx';
import { DistanceChart, ProvinceChart } from './coverage-charts.tsx';
import { CoverageControls } from './coverage-controls.tsx';
import { ExportLinks } from './export-links.tsx';
import { analysisUrl, type CoverageParams } from './planner-api.ts';
import { useProvinceName } from './province-name.ts';
import { ProvinceTable } from './province-table.tsx';
import { type Column, SortableTable } from './sortable-table.tsx';

interface Props {
  params: CoverageParams;
  setParams: (p: CoverageParams) => void;
  result: GapsResult | undefined;
  fetching: boolean;
  error: Error | null;
}

/** Coverage gaps: headline numbers, charts, the per-province table and the uncovered places. */
export function GapsPanel({ params, setParams, result, fetching, error }: Props) {
  const { t, n, pick } = useI18n();
  const province = useProvinceName();
  const uncovered = (result?.places ?? []).filter((p) => !p.covered);
  const columns: Column<PlaceGap>[] = [
    { key: 'name', label: t('planner.col.place'), value: (p) => p.name },
    { key: 'province', label: t('planner.col.province'), value: (p) => province(p.province) },
    {
      key: 'population',
      label: t('planner.col.population'),
      value: (p) => p.population,
      numeric: true,
      render: (p) => n(p.population),
    },
    {
      key: 'km',
      label: t('planner.col.nearestKm'),
      value: (p) => p.nearest_km ?? Number.POSITIVE_INFINITY,
      render: (p) =>
        p.nearest_km === null ? t('planner.none') : t('planner.unit.km', { value: n(p.nearest_km, 1) }),
      numeric: true,
    },
    {
      key: 'nearest',
      label: t('planner.col.nearestPoint'),
      value: (p) =>
        p.nearest_point_id === null
          ? ''
          : pick({ name_en: p.nearest_point_name_en ?? '', name_fr: p.nearest_point_name_fr ?? '' }),
    },
  ];
  return (
    <div className="panel-body">
      <CoverageControls value={params} onChange={setParams} />
      <AnalysisStatus fetching={fetching} error={error}>
        {result &&
          t('planner.gaps.summary', {
            share: n(result.covered_share * 100, 1),
            covered: n(result.covered_population),
            total: n(result.total_population),
            uncovered: n(result.uncovered_population),
            places: n(result.uncovered_place_count),
            km: n(result.max_km),
          })}
      </AnalysisStatus>
      {result && (
        <>
          <div className="charts">
            <ProvinceChart summary={result} />
            <DistanceChart summary={result} />
          </div>
          <ExportLinks
            what={t('planner.gaps.bandsExportWhat')}
            csv={analysisUrl('/analysis/gaps', params, 'csv', { table: 'bands' })}
          />
          <ProvinceTable
            summary={result}
            caption={t('planner.gaps.provinceCaption', { km: n(result.max_km) })}
          />
          <ExportLinks
            what={t('planner.gaps.provinceExportWhat')}
            csv={analysisUrl('/analysis/gaps', params, 'csv', { table: 'provinces' })}
          />
          <SortableTable
            caption={t('planner.gaps.placesCaption', { km: n(result.max_km) })}
            columns={columns}
            rows={uncovered}
            rowKey={(p) => `${p.province}:${p.name}:${p.lat}`}
            initialSort={{ key: 'population', descending: true }}
            limit={100}
          />
          <ExportLinks
            what={t('planner.gaps.placesExportWhat')}
            csv={analysisUrl('/analysis/gaps', params, 'csv')}
            geojson={analysisUrl('/analysis/gaps', params, 'geojson')}
          />
        </>
      )}
    </div>
  );
}
