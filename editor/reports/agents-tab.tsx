import type { AgentRow, TeamRow } from './reports-client';
import { reportsApi } from './reports-client';
import { definitions, InfoTip } from './definitions';
import { averageColumn, countColumn, durationColumn, ReportTable, type Column } from './report-table';
import { ReportStateView } from './report-state';
import type { TabProps } from './tab-props';
import { useReport } from './use-report';

type Load = Omit<AgentRow, 'userId' | 'name'>;

function loadColumns<Row extends Load>(): Column<Row>[] {
  return [
    countColumn('Assigned', (r) => r.assigned),
    countColumn('Closed', (r) => r.closed),
    countColumn('Messages sent', (r) => r.messagesSent),
    durationColumn('First response, median', (r) => r.firstResponseSeconds.median),
    durationColumn('Resolution, median', (r) => r.resolutionSeconds.median),
    averageColumn('CSAT average', (r) => r.csat.average),
    countColumn('CSAT responses', (r) => r.csat.responses),
  ];
}

const agentColumns: Column<AgentRow>[] = [{ header: 'Agent', value: (r) => r.name }, ...loadColumns<AgentRow>()];
const teamColumns: Column<TeamRow>[] = [{ header: 'Team', value: (r) => r.team }, ...loadColumns<TeamRow>()];

/** Agents and teams: who carries the load, how fast, and what customers thought. */
export function AgentsTab({ filters, filtersKey }: TabProps) {
  const state = useReport(() => Promise.all([reportsApi.agents(filters), reportsApi.teams(filters)]), filtersKey);
  return (
    <ReportStateView state={state}>
      {([agents, teams]) => (
        <>
          <p className="muted">
            Times are medians over the conversations each agent or team was assigned <InfoTip text={`${definitions.firstResponse} ${definitions.resolution}`} />
          </p>
          <ReportTable testId="agents-table" title="Agents" fileName="agents" columns={agentColumns} rows={agents} rowKey={(r) => r.userId} />
          <ReportTable testId="teams-table" title="Teams" fileName="teams" columns={teamColumns} rows={teams} rowKey={(r) => r.team} />
        </>
      )}
    </ReportStateView>
  );
}
