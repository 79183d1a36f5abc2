import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { CoverageSummary } from '../../server/core/analysis/coverage.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PLANNER_COLORS } from './planner-colors.ts';
import { useProvinceName } from './province-name.ts';

// Only what a bar chart needs, so the bundle carries no unused chart types.
Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * Population covered and not covered per province (stacked bars). The canvas is an image with a summary
 * label; the per-province table beside it carries every figure for screen readers.
 */
export function ProvinceChart({ summary }: { summary: CoverageSummary }) {
  const { t, n, lang } = useI18n();
  const province = useProvinceName();
  const rows = summary.by_province;
  return (
    <figure className="chart">
      <figcaption>{t('planner.chart.provinces', { km: n(summary.max_km) })}</figcaption>
      <div className="chart-box">
        <Bar
          role="img"
          aria-label={t('planner.chart.provincesAlt', { share: n(summary.covered_share * 100, 1) })}
          data={{
            labels: rows.map((r) => province(r.province)),
            datasets: [
              {
                label: t('planner.gaps.covered'),
                data: rows.map((r) => r.covered_population),
                backgroundColor: PLANNER_COLORS.covered,
              },
              {
                label: t('planner.gaps.uncovered'),
                data: rows.map((r) => r.uncovered_population),
                backgroundColor: PLANNER_COLORS.uncovered,
              },
            ],
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
            scales: {
              x: { stacked: true },
              y: { stacked: true, title: { display: true, text: t('planner.chart.people') } },
            },
          }}
        />
      </div>
    </figure>
  );
}

/** Population by distance to the nearest matching point, with the same figures as a table. */
export function DistanceChart({ summary }: { summary: CoverageSummary }) {
  const { t, n, lang } = useI18n();
  const bands = summary.distance_bands;
  const label = (b: (typeof bands)[number]) =>
    b.to_km === null
      ? t('planner.band.over', { from: n(b.from_km) })
      : t('planner.band.range', { from: n(b.from_km), to: n(b.to_km) });
  return (
    <figure className="chart">
      <figcaption>{t('planner.chart.distance')}</figcaption>
      <div className="chart-box">
        <Bar
          role="img"
          aria-label={t('planner.chart.distanceAlt')}
          data={{
            labels: bands.map(label),
            datasets: [
              {
                label: t('planner.chart.people'),
                data: bands.map((b) => b.population),
                backgroundColor: bands.map((b) =>
                  b.from_km >= summary.max_km ? PLANNER_COLORS.uncovered : PLANNER_COLORS.covered,
                ),
              },
            ],
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
            plugins: { legend: { display: false } },
          }}
        />
      </div>
      <table className="planner-table compact">
        <caption>{t('planner.chart.distanceTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.col.distance')}</th>
            <th scope="col" className="num">
              {t('planner.col.population')}
            </th>
            <th scope="col" className="num">
              {t('planner.col.places')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.from_km}>
              <th scope="row">{label(b)}</th>
              <td className="num">{n(b.population)}</td>
              <td className="num">{n(b.place_count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
