import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv, type CsvColumn } from './csv';
import { formatAverage, formatCount, formatDuration } from './format';
import { NoData } from './charts';

/** Shown where there is no value: a dash reads the same in every language. */
const noValue = '—';

/** A column: what the CSV gets (`value`, raw) and what the screen shows (`cell`, formatted). */
export interface Column<Row> extends CsvColumn<Row> {
  /** The header on screen, in the person's language; `header` stays English for the CSV (spreadsheets and scripts read it). */
  label?: string;
  cell?: (row: Row) => ReactNode;
  /** The CSV header when it should say more than the screen's, e.g. the unit. */
  csvHeader?: string;
  numeric?: boolean;
  /** A column of buttons or links only: left out of the CSV. */
  screenOnly?: boolean;
  /** A column for the CSV only (an id the screen links instead of showing). */
  csvOnly?: boolean;
}

export const countColumn = <Row,>(header: string, get: (row: Row) => number | null | undefined, label?: string): Column<Row> => ({
  header,
  label,
  value: get,
  cell: (row) => formatCount(get(row)),
  numeric: true,
});

/** Shown as "2m 05s"; exported in seconds, which a spreadsheet can add up. */
export const durationColumn = <Row,>(header: string, get: (row: Row) => number | null | undefined, label?: string): Column<Row> => ({
  header,
  label,
  csvHeader: `${header} (seconds)`,
  value: get,
  cell: (row) => formatDuration(get(row)),
  numeric: true,
});

export const averageColumn = <Row,>(header: string, get: (row: Row) => number | null | undefined, label?: string): Column<Row> => ({
  header,
  label,
  value: (row) => {
    const v = get(row);
    return v === null || v === undefined ? null : Math.round(v * 100) / 100;
  },
  cell: (row) => formatAverage(get(row)),
  numeric: true,
});

/** A table of report rows with its own "Export CSV"; an empty one says so instead of showing an empty grid. */
export function ReportTable<Row>({
  title,
  fileName,
  columns,
  rows,
  rowKey,
  actions,
  testId,
}: {
  title: string;
  fileName: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  actions?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('reports');
  const exportCsv = () =>
    downloadCsv(
      `${fileName}.csv`,
      toCsv(
        columns.filter((c) => !c.screenOnly).map((c) => ({ header: c.csvHeader ?? c.header, value: c.value })),
        rows,
      ),
    );
  const shown = columns.filter((c) => !c.csvOnly);
  return (
    <section className="report-section" aria-label={title} data-testid={testId}>
      <div className="report-section-header">
        <h3>{title}</h3>
        <span className="spacer" />
        {actions}
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('table.exportCsv')}
        </button>
      </div>
      {rows.length === 0 ? (
        <NoData />
      ) : (
        <div className="report-table-scroll">
          <table className="workflow-table report-table">
            <thead>
              <tr>
                {shown.map((c) => (
                  <th key={c.header} className={c.numeric ? 'numeric' : undefined}>
                    {c.label ?? c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {shown.map((c) => (
                    <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                      {c.cell ? c.cell(row) : String(c.value(row) ?? noValue)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
