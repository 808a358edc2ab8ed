import type { ApiRoute } from './api-route';
import { closedObject, listOf, openObject } from './schema-builders';
import {
  agentRowSchema,
  contactsReportSchema,
  conversationRowSchema,
  csatReportSchema,
  filterQuery,
  messagesReportSchema,
  overviewSchema,
  rangeSchema,
  reportFilterProperties,
  responsesSchema,
  teamRowSchema,
  workflowReportSchema,
  workflowRowSchema,
} from './reports-schemas';

export type * from './reports-schemas';

/** Reports for admins; every one takes the filters of reports-schemas.ts. Test chat conversations never count. */
export const reportsRoutes = {
  overviewReport: {
    method: 'GET',
    path: '/api/reports/overview',
    summary: 'Conversations, contacts, messages, response and resolution times and CSAT, beside the previous period of the same length',
    auth: 'admin',
    query: filterQuery,
    response: overviewSchema,
  },
  responsesReport: {
    method: 'GET',
    path: '/api/reports/responses',
    summary: 'First-response time in buckets, and incoming conversations by weekday and hour',
    auth: 'admin',
    query: filterQuery,
    response: responsesSchema,
  },
  agentsReport: {
    method: 'GET',
    path: '/api/reports/agents',
    summary: 'Per agent: assigned, closed, messages sent, response and resolution medians, CSAT',
    auth: 'admin',
    query: filterQuery,
    response: openObject({ range: rangeSchema, agents: listOf(agentRowSchema) }, ['agents']),
  },
  teamsReport: {
    method: 'GET',
    path: '/api/reports/teams',
    summary: 'Per team: assigned, closed, messages sent, response and resolution medians, CSAT',
    auth: 'admin',
    query: filterQuery,
    response: openObject({ range: rangeSchema, teams: listOf(teamRowSchema) }, ['teams']),
  },
  csatReport: {
    method: 'GET',
    path: '/api/reports/csat',
    summary: 'CSAT: score distribution, average over time and the responses (newest first, 500 at most)',
    auth: 'admin',
    query: closedObject({ ...reportFilterProperties, score: { type: 'string', pattern: '^\\d+$', description: 'Only responses with this score' } }, [
      'from',
      'to',
    ]),
    response: csatReportSchema,
  },
  workflowsReport: {
    method: 'GET',
    path: '/api/reports/workflows',
    summary: 'Per workflow and version: runs by outcome and CSAT',
    auth: 'admin',
    query: filterQuery,
    response: openObject({ range: rangeSchema, workflows: listOf(workflowRowSchema) }, ['workflows']),
  },
  workflowReport: {
    method: 'GET',
    path: '/api/reports/workflows/:id',
    summary: "One workflow version's runs, its funnel over the steps and the CSAT of the conversations it served",
    auth: 'admin',
    query: closedObject({ ...reportFilterProperties, version: { type: 'string', pattern: '^\\d+$', description: 'The version (default: the live one)' } }, [
      'from',
      'to',
    ]),
    response: workflowReportSchema,
  },
  contactsReport: {
    method: 'GET',
    path: '/api/reports/contacts',
    summary: 'New contacts by source (follow, first message) and unfollows (blocks) over time',
    auth: 'admin',
    query: filterQuery,
    response: contactsReportSchema,
  },
  messagesReport: {
    method: 'GET',
    path: '/api/reports/messages',
    summary: 'Messages received and sent over time, by author and by method, and failed deliveries',
    auth: 'admin',
    query: filterQuery,
    response: messagesReportSchema,
  },
  conversationsReport: {
    method: 'GET',
    path: '/api/reports/conversations',
    summary: 'One row per conversation opened in the range (newest first, 1,000 at most)',
    auth: 'admin',
    query: filterQuery,
    response: openObject({ range: rangeSchema, conversations: listOf(conversationRowSchema), truncated: { type: 'boolean' } }, ['conversations']),
  },
  conversationsCsv: {
    method: 'GET',
    path: '/api/reports/conversations.csv',
    summary: 'Every conversation opened in the range as CSV',
    auth: 'admin',
    query: filterQuery,
    response: { type: 'string' },
    contentType: 'text/csv',
  },
} as const satisfies Record<string, ApiRoute>;
