import type { CsatReport } from './reports-client';
import { reportsApi } from './reports-client';
import { CountsChart, SeriesChart } from './charts';
import { definitions } from './definitions';
import { formatAverage, formatRate, formatTime } from './format';
import { ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import { StatCard } from './stat-card';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

type Item = CsatReport['items'][number];

function itemColumns(timeZone: string | undefined): Column<Item>[] {
  return [
    { header: 'When', value: (r) => r.at, cell: (r) => formatTime(r.at, timeZone) },
    { header: 'Score', value: (r) => r.score, cell: (r) => `${r.score} / ${r.scale}`, numeric: true },
    { header: 'Contact', value: (r) => r.contactName ?? r.contactId },
    { header: 'Agent', value: (r) => r.agentName ?? r.agent },
    { header: 'Team', value: (r) => r.team },
    { header: 'Workflow', value: (r) => (r.version === null ? r.workflowId : `${r.workflowId} v${r.version}`) },
    {
      header: 'Conversation',
      value: (r) => r.conversationId,
      cell: (r) => (r.conversationId ? <a href={`#/inbox/${encodeURIComponent(r.conversationId)}`}>Open in inbox</a> : '—'),
    },
  ];
}

/** CSAT: how scores spread, how the average moved, and every answer, filterable by score. */
export function CsatTab({ filters, filtersKey, query, setQuery, timeZone }: TabProps) {
  const state = useReport(() => reportsApi.csat(filters, query.score), `${filtersKey}|${query.score ?? ''}`);
  return (
    <ReportStateView state={state}>
      {(report) => {
        const scores = Object.keys(report.csat.distribution).sort((a, b) => Number(a) - Number(b));
        // The filter offers the whole scale (1–5 or 1–10), even when filtered to one score.
        const top = Math.max(5, ...report.items.map((i) => i.scale), ...scores.map(Number));
        const averageKeys = report.series.points.some((p) => 'average' in p.values) ? ['average'] : undefined;
        return (
          <>
            <div className="stat-grid">
              <StatCard testId="stat-csat-average" label="Average" value={report.csat.average} format={formatAverage} help={definitions.csat} />
              <StatCard testId="stat-csat-responses" label="Responses" value={report.csat.responses} />
              <StatCard label="Response rate" value={report.csat.responseRate ?? null} format={formatRate} help={definitions.csat} />
            </div>
            <div className="chart-pair">
              <section className="report-section" aria-label="Score distribution">
                <h3>Score distribution</h3>
                <CountsChart title="Responses by score" label="Responses" labels={scores} values={scores.map((s) => report.csat.distribution[s] ?? 0)} />
              </section>
              <section className="report-section" aria-label="Average over time">
                <h3>Average over time</h3>
                <SeriesChart title="CSAT average over time" series={report.series} keys={averageKeys} integers={!averageKeys} />
              </section>
            </div>
            <ReportTable
              testId="csat-table"
              title="Responses"
              fileName="csat-responses"
              columns={itemColumns(timeZone)}
              rows={report.items}
              rowKey={(r) => r.id}
              actions={
                <label>
                  Score{' '}
                  <select aria-label="Only responses with score" value={query.score ?? ''} onChange={(e) => setQuery({ score: e.target.value || undefined })}>
                    <option value="">all</option>
                    {Array.from({ length: top }, (_, i) => String(i + 1)).map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                </label>
              }
            />
          </>
        );
      }}
    </ReportStateView>
  );
}
