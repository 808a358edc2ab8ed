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

const columns: Column<Step>[] = [
  { header: 'Step', value: stepName },
  { header: 'Step id', value: (s) => s.stepId },
  countColumn('Reached', (s) => s.reached),
  countColumn('Answered', (s) => s.answered),
  countColumn('Invalid', (s) => s.invalid),
  countColumn('Timed out', (s) => s.timedOut),
  countColumn('Dropped here', (s) => s.droppedHere),
];

/** One version's funnel over its steps: how many reached each, answered, gave up or timed out there. */
export function WorkflowFunnel({ workflowId, filters, filtersKey, query, setQuery }: TabProps & { workflowId: string }) {
  const state = useReport(() => reportsApi.workflow(workflowId, filters, query.version), `${filtersKey}|${workflowId}|${query.version ?? ''}`);
  return (
    <ReportStateView state={state}>
      {(report) => (
        <section className="report-section funnel" aria-label="Funnel" data-testid="funnel">
          <div className="report-section-header">
            <h3>
              Funnel: {report.name ?? report.workflowId}
              {report.version === null ? '' : ` v${report.version}`}
            </h3>
            <span className="spacer" />
            <label>
              Version{' '}
              <select aria-label="Funnel version" value={String(report.version ?? '')} onChange={(e) => setQuery({ version: e.target.value })}>
                {(report.versions ?? (report.version === null ? [] : [report.version])).map((v) => (
                  <option key={v} value={String(v)}>
                    v{v}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setQuery({ funnel: undefined, version: undefined })}>
              Close funnel
            </button>
          </div>
          <div className="stat-grid">
            <StatCard label="Runs started" value={report.runs.started} />
            <StatCard label="Completed" value={report.runs.completed} />
            <StatCard label="Failed" value={report.runs.failed} better="lower" />
            <StatCard label="Interrupted" value={report.runs.interrupted} better="lower" />
            <StatCard label="CSAT average" value={report.csat.average} format={formatAverage} detail={`${report.csat.responses} responses`} />
          </div>
          <CountsChart
            title="Contacts who reached each step"
            label="Reached"
            labels={chartLabels(report.steps)}
            values={report.steps.map((s) => s.reached)}
            horizontal
          />
          <ReportTable
            title="Steps"
            fileName={`funnel-${report.workflowId}-v${report.version ?? ''}`}
            columns={columns}
            rows={report.steps}
            rowKey={(s) => s.stepId}
          />
        </section>
      )}
    </ReportStateView>
  );
}
