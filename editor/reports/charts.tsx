import { BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartOptions } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { Series } from './reports-client';
import { humanize } from './format';
import { i18n } from '../i18n/i18n';

// Only the parts these reports draw, so the bundle carries no pie, radar or time-scale code.
Chart.register(BarElement, CategoryScale, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip);
// Reports are read, not watched: no animation, and a screenshot shows the final picture.
Chart.defaults.animation = false;
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans Thai', sans-serif";
Chart.defaults.color = '#4b5563';

export const chartColors = ['#06c755', '#2563eb', '#f59e0b', '#8b5cf6', '#ef4444', '#0891b2', '#6b7280'];

export function NoData() {
  const { t } = useTranslation('reports');
  return <div className="empty report-empty">{t('noData')}</div>;
}

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  interaction: { mode: 'index', intersect: false },
  plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
} as const;

function pointLabels(series: Series): string[] {
  if (series.unit === 'day') return series.points.map((p) => p.at.slice(5));
  const oneDay = new Set(series.points.map((p) => p.at.slice(0, 10))).size <= 1;
  return series.points.map((p) => (oneDay ? p.at.slice(11, 16) : p.at.slice(5, 16).replace('T', ' ')));
}

/** Lines (or bars) over time, one per key of the series' values; `keys` picks and orders them. */
export function SeriesChart({
  series,
  title,
  keys,
  names = {},
  kind = 'line',
  integers = true,
}: {
  series: Series;
  title: string;
  keys?: string[];
  names?: Record<string, string>;
  kind?: 'line' | 'bar';
  integers?: boolean;
}) {
  const shown = keys ?? [...new Set(series.points.flatMap((p) => Object.keys(p.values)))];
  const hasData = series.points.some((p) => shown.some((k) => (p.values[k] ?? 0) !== 0));
  if (!hasData) return <NoData />;
  const labels = pointLabels(series);
  const datasets = shown.map((key, i) => ({
    // A key the server adds later still gets a readable (English) name until it is translated.
    label: names[key] ?? i18n.t(`reports:series.${key}`, { defaultValue: humanize(key) }),
    data: series.points.map((p) => p.values[key] ?? (kind === 'bar' ? 0 : null)),
    borderColor: chartColors[i % chartColors.length],
    backgroundColor: chartColors[i % chartColors.length],
    pointRadius: series.points.length > 60 ? 0 : 3,
    spanGaps: true,
  }));
  const options: ChartOptions<'line' | 'bar'> = {
    ...baseOptions,
    scales: { y: { beginAtZero: true, ticks: { precision: integers ? 0 : undefined } }, x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } } },
  };
  return (
    <div className="report-chart">
      {kind === 'bar' ? (
        <Bar aria-label={title} role="img" data={{ labels, datasets }} options={options as ChartOptions<'bar'>} />
      ) : (
        <Line aria-label={title} role="img" data={{ labels, datasets }} options={options as ChartOptions<'line'>} />
      )}
    </div>
  );
}

/** Bars for named counts: response-time buckets, a score distribution, a funnel. */
export function CountsChart({
  title,
  labels,
  values,
  label,
  horizontal = false,
}: {
  title: string;
  labels: string[];
  values: number[];
  label: string;
  horizontal?: boolean;
}) {
  if (!values.some((v) => v !== 0)) return <NoData />;
  const options: ChartOptions<'bar'> = {
    ...baseOptions,
    indexAxis: horizontal ? 'y' : 'x',
    plugins: { legend: { display: false } },
    scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
  };
  return (
    <div className="report-chart">
      <Bar
        aria-label={title}
        role="img"
        data={{ labels, datasets: [{ label, data: values, backgroundColor: chartColors[0], borderRadius: 4 }] }}
        options={options}
      />
    </div>
  );
}
