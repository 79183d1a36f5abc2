import type { CoverageSummary } from '../../server/core/analysis/coverage.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useProvinceName } from './province-name.ts';

/** Population covered per province and for Canada: the figures of the bar chart, as a table. */
export function ProvinceTable({ summary, caption }: { summary: CoverageSummary; caption: string }) {
  const { t, n } = useI18n();
  const province = useProvinceName();
  const pct = (share: number) => t('planner.unit.pct', { value: n(share * 100, 1) });
  return (
    <ScrollRegion label={caption}>
      <table className="planner-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.col.province')}</th>
            <th scope="col" className="num">
              {t('planner.col.population')}
            </th>
            <th scope="col" className="num">
              {t('planner.gaps.covered')}
            </th>
            <th scope="col" className="num">
              {t('planner.gaps.uncovered')}
            </th>
            <th scope="col" className="num">
              {t('planner.col.share')}
            </th>
            <th scope="col" className="num">
              {t('planner.col.uncoveredPlaces')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.by_province.map((r) => (
            <tr key={r.province}>
              <th scope="row">{province(r.province)}</th>
              <td className="num">{n(r.total_population)}</td>
              <td className="num">{n(r.covered_population)}</td>
              <td className="num">{n(r.uncovered_population)}</td>
              <td className="num">{pct(r.covered_share)}</td>
              <td className="num">{n(r.uncovered_place_count)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('planner.canada')}</th>
            <td className="num">{n(summary.total_population)}</td>
            <td className="num">{n(summary.covered_population)}</td>
            <td className="num">{n(summary.uncovered_population)}</td>
            <td className="num">{pct(summary.covered_share)}</td>
            <td className="num">{n(summary.uncovered_place_count)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
