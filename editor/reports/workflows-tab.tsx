import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('reports');
  const state = useReport(() => reportsApi.workflows(filters), filtersKey);
  const columns: Column<WorkflowRow>[] = [
    { header: 'Workflow', label: t('col.workflow'), value: (r) => r.name },
    { header: 'Version', label: t('col.version'), value: (r) => r.version, numeric: true },
    countColumn('Runs started', (r) => r.runs.started, t('col.runsStarted')),
    countColumn('Completed', (r) => r.runs.completed, t('col.completed')),
    countColumn('Failed', (r) => r.runs.failed, t('col.failed')),
    countColumn('Interrupted', (r) => r.runs.interrupted, t('col.interrupted')),
    countColumn('Waiting', (r) => r.runs.waiting, t('col.waiting')),
    averageColumn('CSAT average', (r) => r.csat.average, t('col.csatAverage')),
    countColumn('CSAT responses', (r) => r.csat.responses, t('col.csatResponses')),
    {
      header: 'Funnel',
      label: t('col.funnel'),
      screenOnly: true,
      value: () => null,
      cell: (r) => {
        const open = query.funnel === r.workflowId && query.version === String(r.version);
        return (
          <button type="button" aria-pressed={open} onClick={() => setQuery({ funnel: r.workflowId, version: String(r.version) })}>
            {open ? t('workflows.shownBelow') : t('workflows.showFunnel')}
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
            title={t('workflows.title')}
            fileName="workflows"
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.workflowId}@${r.version}`}
          />
          {query.funnel ? (
            <WorkflowFunnel {...props} workflowId={query.funnel} />
          ) : rows.length ? (
            <p className="muted">{t('workflows.chooseVersion')}</p>
          ) : null}
        </>
      )}
    </ReportStateView>
  );
}
