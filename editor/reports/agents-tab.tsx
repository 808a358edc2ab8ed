import { useTranslation } from 'react-i18next';
import type { AgentRow, TeamRow } from './reports-client';
import { reportsApi } from './reports-client';
import { definitions, InfoTip } from './definitions';
import { averageColumn, countColumn, durationColumn, ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

type Load = Omit<AgentRow, 'userId' | 'name'>;

function loadColumns<Row extends Load>(t: (key: string) => string): Column<Row>[] {
  return [
    countColumn('Assigned', (r) => r.assigned, t('reports:col.assigned')),
    countColumn('Closed', (r) => r.closed, t('reports:col.closed')),
    countColumn('Messages sent', (r) => r.messagesSent, t('reports:col.messagesSent')),
    durationColumn('First response, median', (r) => r.firstResponseSeconds.median, t('reports:col.firstResponseMedian')),
    durationColumn('Resolution, median', (r) => r.resolutionSeconds.median, t('reports:col.resolutionMedian')),
    averageColumn('CSAT average', (r) => r.csat.average, t('reports:col.csatAverage')),
    countColumn('CSAT responses', (r) => r.csat.responses, t('reports:col.csatResponses')),
  ];
}

/** Agents and teams: who carries the load, how fast, and what customers thought. */
export function AgentsTab({ filters, filtersKey }: TabProps) {
  const { t } = useTranslation('reports');
  const label = (key: string): string => t(key);
  const state = useReport(() => Promise.all([reportsApi.agents(filters), reportsApi.teams(filters)]), filtersKey);
  const agentColumns: Column<AgentRow>[] = [{ header: 'Agent', label: t('col.agent'), value: (r) => r.name }, ...loadColumns<AgentRow>(label)];
  const teamColumns: Column<TeamRow>[] = [{ header: 'Team', label: t('col.team'), value: (r) => r.team }, ...loadColumns<TeamRow>(label)];
  return (
    <ReportStateView state={state}>
      {([agents, teams]) => (
        <>
          <p className="muted">
            {t('agents.note')} <InfoTip text={`${definitions.firstResponse} ${definitions.resolution}`} />
          </p>
          <ReportTable testId="agents-table" title={t('agents.agents')} fileName="agents" columns={agentColumns} rows={agents} rowKey={(r) => r.userId} />
          <ReportTable testId="teams-table" title={t('agents.teams')} fileName="teams" columns={teamColumns} rows={teams} rowKey={(r) => r.team} />
        </>
      )}
    </ReportStateView>
  );
}
