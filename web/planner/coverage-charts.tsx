import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { CoverageSummary } from '../../server/core/analysis/coverage.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PLANNER_COLORS } from './planner-colors.ts';
import { useProvinceName } from './province-name.ts';

// Only what a bar chart needs, so the bundle carries no unused chart types.
Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * The share of each province's people covered and not covered (stacked horizontal bars, 0–100 %): shares, so a
 * territory of 40,000 shows as plainly as Ontario, and horizontal, so all 13 names fit a phone (vertical bars
 * skipped every other label, and Ontario's bar read as Manitoba's). The canvas is an image with a summary label;
 * the per-province table beside it carries every figure, in people, for screen readers.
 */
export function ProvinceChart({ summary }: { summary: CoverageSummary }) {
  const { t, n, lang } = useI18n();
  const province = useProvinceName();
  const rows = summary.by_province;
  return (
    <figure className="chart">
      <figcaption>{t('planner.chart.provinces', { km: n(summary.max_km) })}</figcaption>
      <div className="chart-box tall">
        <Bar
          role="img"
          aria-label={t('planner.chart.provincesAlt', { share: n(summary.covered_share * 100, 1) })}
          data={{
            labels: rows.map((r) => province(r.province)),
            datasets: [
              {
                label: t('planner.gaps.covered'),
                data: rows.map((r) => share(r.covered_population, r.total_population)),
                backgroundColor: PLANNER_COLORS.covered,
              },
              {
                label: t('planner.gaps.uncovered'),
                data: rows.map((r) => share(r.uncovered_population, r.total_population)),
                backgroundColor: PLANNER_COLORS.uncovered,
              },
            ],
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
            indexAxis: 'y',
            scales: {
              x: { stacked: true, max: 100, title: { display: true, text: t('planner.chart.share') } },
              y: { stacked: true, ticks: { autoSkip: false } },
            },
          }}
        />
      </div>
    </figure>
  );
}

/** `part` as a percentage of `whole`, one decimal (0 for a province without people in the reference data). */
const share = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

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
