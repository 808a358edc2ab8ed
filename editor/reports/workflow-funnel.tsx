import { useTranslation } from 'react-i18next';
import type { WorkflowReport } from './reports-client';
import { reportsApi } from './reports-client';
import { CountsChart } from './charts';
import { formatAverage } from './format';
import { countColumn, ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import { StatCard } from './stat-card';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

type Step = WorkflowReport['steps'][number];

const stepName = (s: Step) => s.label ?? s.type ?? s.stepId;
/** Two steps of one kind ("Send message") are told apart by their ids. */
const chartLabels = (steps: Step[]) =>
  steps.map((s) => (steps.filter((o) => stepName(o) === stepName(s)).length > 1 ? `${stepName(s)} (${s.stepId})` : stepName(s)));

const stepColumns = (t: (key: string) => string): Column<Step>[] => [
  { header: 'Step', label: t('reports:col.step'), value: stepName },
  { header: 'Step id', label: t('reports:col.stepId'), value: (s) => s.stepId },
  countColumn('Reached', (s) => s.reached, t('reports:col.reached')),
  countColumn('Answered', (s) => s.answered, t('reports:col.answered')),
  countColumn('Invalid', (s) => s.invalid, t('reports:col.invalid')),
  countColumn('Timed out', (s) => s.timedOut, t('reports:col.timedOut')),
  countColumn('Dropped here', (s) => s.droppedHere, t('reports:col.droppedHere')),
];

/** One version's funnel over its steps: how many reached each, answered, gave up or timed out there. */
export function WorkflowFunnel({ workflowId, filters, filtersKey, query, setQuery }: TabProps & { workflowId: string }) {
  const { t } = useTranslation('reports');
  const label = (key: string): string => t(key);
  const state = useReport(() => reportsApi.workflow(workflowId, filters, query.version), `${filtersKey}|${workflowId}|${query.version ?? ''}`);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <section className="report-section funnel" aria-label={t('funnel.label')} data-testid="funnel">
          <div className="report-section-header">
            <h3>
              {report.version === null
                ? t('funnel.heading', { name: report.name ?? report.workflowId })
                : t('funnel.headingVersion', { name: report.name ?? report.workflowId, version: report.version })}
            </h3>
            <span className="spacer" />
            <label>
              {t('funnel.version')}{' '}
              <select aria-label={t('funnel.versionLabel')} value={String(report.version ?? '')} onChange={(e) => setQuery({ version: e.target.value })}>
                {(report.versions ?? (report.version === null ? [] : [report.version])).map((v) => (
                  <option key={v} value={String(v)}>
                    {t('funnel.versionOption', { version: v })}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setQuery({ funnel: undefined, version: undefined })}>
              {t('funnel.close')}
            </button>
          </div>
          <div className="stat-grid">
            <StatCard label={t('col.runsStarted')} value={report.runs.started} />
            <StatCard label={t('col.completed')} value={report.runs.completed} />
            <StatCard label={t('col.failed')} value={report.runs.failed} better="lower" />
            <StatCard label={t('col.interrupted')} value={report.runs.interrupted} better="lower" />
            <StatCard
              label={t('col.csatAverage')}
              value={report.csat.average}
              format={formatAverage}
              detail={t('funnel.responses', { count: report.csat.responses })}
            />
          </div>
          <CountsChart
            title={t('funnel.reachedChart')}
            label={t('col.reached')}
            labels={chartLabels(report.steps)}
            values={report.steps.map((s) => s.reached)}
            horizontal
          />
          <ReportTable
            title={t('funnel.steps')}
            fileName={`funnel-${report.workflowId}-v${report.version ?? ''}`}
            columns={stepColumns(label)}
            rows={report.steps}
            rowKey={(s) => s.stepId}
          />
        </section>
      )}
    </ReportStateView>
  );
}
