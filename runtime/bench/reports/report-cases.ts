import type { ReportFilters } from '../../../shared/api/reports-api';
import { contactsReport, messagesReport } from '../../reports/activity-report';
import { conversationLog, conversationsCsv } from '../../reports/conversation-log';
import { csatReport } from '../../reports/csat-report';
import { agentsReport, teamsReport } from '../../reports/load-report';
import { overviewReport } from '../../reports/overview-report';
import { rangeSummary, type ReportContext } from '../../reports/report-context';
import { responsesReport } from '../../reports/responses-report';
import { workflowReport, workflowsReport } from '../../reports/workflow-report';
import { ranges } from './bench-world';

/** What a report answered: the body the route would send, and how many rows its main list or series holds. */
export interface ReportAnswer {
  body: string;
  rows: number;
}

export interface ReportCase {
  report: string;
  range: string;
  /** The filter beyond the dates, as a query string would say it ('' for none). */
  filter: string;
  filters: ReportFilters;
  answer: (context: ReportContext) => Promise<ReportAnswer>;
}

/** As reports-router.ts calls them (the same wrapping and row limit), minus HTTP. */
const logRows = 1000;
const reports: Record<string, (c: ReportContext) => Promise<ReportAnswer>> = {
  overview: async (c) => json(await overviewReport(c), (r) => r.series.points.length),
  responses: async (c) => json(await responsesReport(c), (r) => r.buckets.length),
  agents: async (c) => json({ range: rangeSummary(c), agents: await agentsReport(c) }, (r) => r.agents.length),
  teams: async (c) => json({ range: rangeSummary(c), teams: await teamsReport(c) }, (r) => r.teams.length),
  csat: async (c) => json(await csatReport(c), (r) => r.items.length),
  workflows: async (c) => json({ range: rangeSummary(c), workflows: await workflowsReport(c) }, (r) => r.workflows.length),
  'workflow faq-menu': async (c) => json(await workflowReport(c, 'faq-menu'), (r) => r?.steps.length ?? 0),
  contacts: async (c) => json(await contactsReport(c), (r) => r.series.points.length),
  messages: async (c) => json(await messagesReport(c), (r) => r.series.points.length),
  'conversations log': async (c) => {
    const { rows, truncated } = await conversationLog(c, logRows);
    return json({ range: rangeSummary(c), conversations: rows, truncated }, (r) => r.conversations.length);
  },
  'conversations.csv': async (c) => {
    const { rows } = await conversationLog(c);
    return { body: conversationsCsv(rows), rows: rows.length };
  },
};

/** Narrower views of the two heaviest reports: one team, one category, and business-hours times. */
const variants: { report: keyof typeof reports; filter: string; filters: Partial<ReportFilters> }[] = [
  { report: 'overview', filter: 'team=Japanese', filters: { team: 'Japanese' } },
  { report: 'overview', filter: 'category=Order status', filters: { category: 'Order status' } },
  { report: 'overview', filter: 'hours=business', filters: { hours: 'business' } },
  { report: 'messages', filter: 'team=Japanese', filters: { team: 'Japanese' } },
  { report: 'messages', filter: 'category=Order status', filters: { category: 'Order status' } },
];

export function reportCases(): ReportCase[] {
  const cases: ReportCase[] = [];
  for (const range of ranges) {
    const dates = { from: range.from, to: range.to };
    for (const [report, answer] of Object.entries(reports)) cases.push({ report, range: range.label, filter: '', filters: dates, answer });
    for (const v of variants)
      cases.push({ report: v.report, range: range.label, filter: v.filter, filters: { ...dates, ...v.filters }, answer: reports[v.report] });
  }
  return cases;
}

function json<T>(value: T, rows: (value: T) => number): ReportAnswer {
  return { body: JSON.stringify(value), rows: rows(value) };
}
