import { useTranslation } from 'react-i18next';
import { NoData } from './charts';
import { downloadCsv, toCsv } from './csv';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = Array.from({ length: 24 }, (_, h) => h);

/** Incoming conversations by weekday × hour: a table whose cells are tinted by count (a table, so it reads without a chart). */
export function HeatmapTable({ heatmap }: { heatmap: number[][] }) {
  const { t, i18n } = useTranslation('reports');
  // 2024-01-01 was a Monday: the person's short weekday names, Monday first as the server counts.
  const weekdayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const dayLabel = (i: number) => weekdayName.format(Date.UTC(2024, 0, 1 + i));
  const max = Math.max(0, ...heatmap.flat());
  const rows = weekdays.map((day, i) => ({ day, label: dayLabel(i), counts: hours.map((h) => heatmap[i]?.[h] ?? 0) }));
  const exportCsv = () =>
    downloadCsv(
      'incoming-by-weekday-and-hour.csv',
      toCsv(
        [
          { header: 'Weekday', value: (r: (typeof rows)[number]) => r.day },
          ...hours.map((h) => ({ header: `${h}:00`, value: (r: (typeof rows)[number]) => r.counts[h] })),
        ],
        rows,
      ),
    );
  return (
    <section className="report-section" aria-label={t('heatmap.title')}>
      <div className="report-section-header">
        <h3>{t('heatmap.title')}</h3>
        <span className="spacer" />
        <button type="button" onClick={exportCsv} disabled={max === 0}>
          {t('table.exportCsv')}
        </button>
      </div>
      {max === 0 ? (
        <NoData />
      ) : (
        <table className="heatmap" data-testid="heatmap">
          <thead>
            <tr>
              <th />
              {hours.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.day}>
                <th scope="row">{row.label}</th>
                {row.counts.map((count, h) => (
                  <td
                    key={h}
                    title={t('heatmap.cell', { day: row.label, from: `${h}:00`, to: `${h + 1}:00`, count })}
                    style={{
                      background: count ? `rgba(6, 199, 85, ${0.15 + (0.85 * count) / max})` : undefined,
                      color: count / max > 0.6 ? '#fff' : undefined,
                    }}
                  >
                    {count || ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
