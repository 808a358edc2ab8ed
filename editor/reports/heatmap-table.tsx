import { NoData } from './charts';
import { downloadCsv, toCsv } from './csv';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = Array.from({ length: 24 }, (_, h) => h);

/** Incoming conversations by weekday × hour: a table whose cells are tinted by count (a table, so it reads without a chart). */
export function HeatmapTable({ heatmap }: { heatmap: number[][] }) {
  const max = Math.max(0, ...heatmap.flat());
  const rows = weekdays.map((day, i) => ({ day, counts: hours.map((h) => heatmap[i]?.[h] ?? 0) }));
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
    <section className="report-section" aria-label="Incoming conversations by weekday and hour">
      <div className="report-section-header">
        <h3>Incoming conversations by weekday and hour</h3>
        <span className="spacer" />
        <button type="button" onClick={exportCsv} disabled={max === 0}>
          Export CSV
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
                <th scope="row">{row.day}</th>
                {row.counts.map((count, h) => (
                  <td
                    key={h}
                    title={`${row.day} ${h}:00–${h + 1}:00: ${count} conversations`}
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
