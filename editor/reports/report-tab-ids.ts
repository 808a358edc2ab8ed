/** The tabs of `#/reports/<tab>`, in order; the screen maps each to its component. */
export const reportTabLabels = {
  overview: 'Overview',
  responses: 'Responses',
  agents: 'Agents & teams',
  csat: 'CSAT',
  workflows: 'Workflows',
  'contacts-messages': 'Contacts & messages',
  conversations: 'Conversations log',
} as const;
export type ReportTab = keyof typeof reportTabLabels;

export const isReportTab = (tab: string | undefined): tab is ReportTab => tab !== undefined && tab in reportTabLabels;
