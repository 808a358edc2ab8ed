import { useTranslation } from 'react-i18next';
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

/** The series key the server gives the average under. */
const averageKeys = ['average'];

function itemColumns(timeZone: string | undefined, t: (key: string) => string): Column<Item>[] {
  return [
    { header: 'When', label: t('reports:col.when'), value: (r) => r.at, cell: (r) => formatTime(r.at, timeZone) },
    { header: 'Score', label: t('reports:col.score'), value: (r) => r.score, cell: (r) => `${r.score} / ${r.scale}`, numeric: true },
    { header: 'Contact', label: t('reports:col.contact'), value: (r) => r.contactName ?? r.contactId },
    { header: 'Agent', label: t('reports:col.agent'), value: (r) => r.agentName ?? r.agent },
    { header: 'Team', label: t('reports:col.team'), value: (r) => r.team },
    { header: 'Workflow', label: t('reports:col.workflow'), value: (r) => (r.version === null ? r.workflowId : `${r.workflowId} v${r.version}`) },
    {
      header: 'Conversation',
      label: t('reports:col.conversation'),
      value: (r) => r.conversationId,
      cell: (r) => (r.conversationId ? <a href={`#/inbox/${encodeURIComponent(r.conversationId)}`}>{t('reports:csat.openInInbox')}</a> : '—'),
    },
  ];
}

/** CSAT: how scores spread, how the average moved, and every answer, filterable by score. */
export function CsatTab({ filters, filtersKey, query, setQuery, timeZone }: TabProps) {
  const { t } = useTranslation('reports');
  const label = (key: string): string => t(key);
  const state = useReport(() => reportsApi.csat(filters, query.score), `${filtersKey}|${query.score ?? ''}`);
  return (
    <ReportStateView state={state}>
      {(report) => {
        const scores = Object.keys(report.csat.distribution).sort((a, b) => Number(a) - Number(b));
        // The filter offers the whole scale (1–5 or 1–10), even when filtered to one score.
        const top = Math.max(5, ...report.items.map((i) => i.scale), ...scores.map(Number));
        const hasAverage = report.series.points.some((p) => 'average' in p.values);
        return (
          <>
            <div className="stat-grid">
              <StatCard testId="stat-csat-average" label={t('csat.average')} value={report.csat.average} format={formatAverage} help={definitions.csat} />
              <StatCard testId="stat-csat-responses" label={t('csat.responses')} value={report.csat.responses} />
              <StatCard label={t('csat.responseRate')} value={report.csat.responseRate ?? null} format={formatRate} help={definitions.csat} />
            </div>
            <div className="chart-pair">
              <section className="report-section" aria-label={t('csat.distribution')}>
                <h3>{t('csat.distribution')}</h3>
                <CountsChart
                  title={t('csat.byScore')}
                  label={t('csat.responses')}
                  labels={scores}
                  values={scores.map((s) => report.csat.distribution[s] ?? 0)}
                />
              </section>
              <section className="report-section" aria-label={t('csat.averageOverTime')}>
                <h3>{t('csat.averageOverTime')}</h3>
                <SeriesChart title={t('csat.averageOverTimeChart')} series={report.series} keys={hasAverage ? averageKeys : undefined} integers={!hasAverage} />
              </section>
            </div>
            <ReportTable
              testId="csat-table"
              title={t('csat.responses')}
              fileName="csat-responses"
              columns={itemColumns(timeZone, label)}
              rows={report.items}
              rowKey={(r) => r.id}
              actions={
                <label>
                  {t('csat.scoreFilter')}{' '}
                  <select aria-label={t('csat.scoreFilterLabel')} value={query.score ?? ''} onChange={(e) => setQuery({ score: e.target.value || undefined })}>
                    <option value="">{t('csat.all')}</option>
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
