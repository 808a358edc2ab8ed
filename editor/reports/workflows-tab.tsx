import type { WorkflowRow } from './reports-client';
import { reportsApi } from './reports-client';
import { averageColumn, countColumn, ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';
import { WorkflowFunnel } from './workflow-funnel';

/** Workflows: runs by outcome and CSAT per workflow version, so two versions can be compared; one version's funnel below. */
export function WorkflowsTab(props: TabProps) {
  const { filters, filtersKey, query, setQuery } = props;
  const state = useReport(() => reportsApi.workflows(filters), filtersKey);
  const columns: Column<WorkflowRow>[] = [
    { header: 'Workflow', value: (r) => r.name },
    { header: 'Version', value: (r) => r.version, numeric: true },
    countColumn('Runs started', (r) => r.runs.started),
    countColumn('Completed', (r) => r.runs.completed),
    countColumn('Failed', (r) => r.runs.failed),
    countColumn('Interrupted', (r) => r.runs.interrupted),
    countColumn('Waiting', (r) => r.runs.waiting),
    averageColumn('CSAT average', (r) => r.csat.average),
    countColumn('CSAT responses', (r) => r.csat.responses),
    {
      header: 'Funnel',
      screenOnly: true,
      value: () => null,
      cell: (r) => {
        const open = query.funnel === r.workflowId && query.version === String(r.version);
        return (
          <button type="button" aria-pressed={open} onClick={() => setQuery({ funnel: r.workflowId, version: String(r.version) })}>
            {open ? 'Shown below' : 'Show funnel'}
          </button>
        );
      },
    },
  ];
  return (
    <ReportStateView state={state}>
      {(rows) => (
        <>
          <ReportTable
            testId="workflows-table"
            title="Runs and CSAT per workflow version"
            fileName="workflows"
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.workflowId}@${r.version}`}
          />
          {query.funnel ? (
            <WorkflowFunnel {...props} workflowId={query.funnel} />
          ) : rows.length ? (
            <p className="muted">Choose a version to see its funnel.</p>
          ) : null}
        </>
      )}
    </ReportStateView>
  );
}
