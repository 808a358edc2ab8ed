import type { ReportFilters } from '../../shared/api/reports-api';
import { api, apiClient } from '../api/api-client';

export type * from '../../shared/api/reports-api';

/** The report routes, each called with the filter bar's filters. */
export const reportsApi = {
  overview: (query: ReportFilters) => api('overviewReport', { query }),
  responses: (query: ReportFilters) => api('responsesReport', { query }),
  agents: (query: ReportFilters) => api('agentsReport', { query }).then((r) => r.agents),
  teams: (query: ReportFilters) => api('teamsReport', { query }).then((r) => r.teams),
  csat: (query: ReportFilters, score?: string) => api('csatReport', { query: score ? { ...query, score } : query }),
  workflows: (query: ReportFilters) => api('workflowsReport', { query }).then((r) => r.workflows),
  workflow: (id: string, query: ReportFilters, version?: string) => api('workflowReport', { params: { id }, query: version ? { ...query, version } : query }),
  contacts: (query: ReportFilters) => api('contactsReport', { query }),
  messages: (query: ReportFilters) => api('messagesReport', { query }),
  conversations: (query: ReportFilters) => api('conversationsReport', { query }),
  /** A plain link: the session cookie goes with it, and no credential is ever put in the URL. */
  conversationsCsvUrl: (query: ReportFilters) => apiClient.url('conversationsCsv', { query }),
};
