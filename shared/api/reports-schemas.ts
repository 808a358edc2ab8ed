/** The reports' answers and filters (routes in reports-api.ts). */
import type { ApiType } from './api-schema-type';
import { closedObject, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD in the company time zone' } as const;
const number = { type: 'number' } as const;
const seconds = nullable(number);

/** Filters every report takes. Dates are inclusive days in the company time zone. */
export const reportFilterProperties = {
  from: day,
  to: day,
  team: { type: 'string', description: 'A team name' },
  agent: { type: 'string', description: "An agent's user id" },
  category: { type: 'string', description: 'A conversation category' },
  workflow: { type: 'string', description: 'A workflow id: conversations one of its versions served' },
  tag: { type: 'string', description: "A tag of the conversation's contact" },
  channel: { type: 'string', description: "A LINE channel's id ('default' for the environment's channel)" },
  hours: { enum: ['calendar', 'business'], description: "Times in calendar time (default) or counting only the company's business hours" },
} as const;
export const filterQuery = closedObject(reportFilterProperties, ['from', 'to']);

export const durationSchema = openObject({ median: seconds, p90: seconds, count: wholeNumber }, ['median', 'p90', 'count']);
export const csatSummarySchema = openObject(
  {
    responses: wholeNumber,
    average: nullable(number),
    /** Score → how many, for the scale most answers used. */
    distribution: { type: 'object', additionalProperties: wholeNumber },
    /** Responses per closed conversation that was asked, 0–1; null when none was asked. */
    responseRate: nullable(number),
  },
  ['responses', 'average', 'distribution'],
);

const periodProperties = {
  conversations: openObject({ opened: wholeNumber, closed: wholeNumber, open: wholeNumber }, ['opened', 'closed', 'open']),
  contacts: openObject({ new: wholeNumber }, ['new']),
  messages: openObject(
    { received: wholeNumber, sentByBot: wholeNumber, sentByAgents: wholeNumber, reply: wholeNumber, push: wholeNumber, failed: wholeNumber },
    ['received', 'sentByBot', 'sentByAgents', 'reply', 'push'],
  ),
  firstResponseSeconds: durationSchema,
  /** From the first assignment to the first agent message. */
  firstResponseFromAssignmentSeconds: durationSchema,
  resolutionSeconds: durationSchema,
  csat: csatSummarySchema,
} as const;
const periodSchema = openObject(periodProperties, ['conversations', 'contacts', 'messages', 'firstResponseSeconds', 'resolutionSeconds', 'csat']);

export const seriesPointSchema = openObject(
  {
    at: { type: 'string', description: 'The bucket start: YYYY-MM-DD (by day) or YYYY-MM-DDTHH:00 (by hour), company time' },
    values: { type: 'object', additionalProperties: number },
  },
  ['at', 'values'],
);
export const seriesSchema = openObject({ unit: { enum: ['hour', 'day'] }, points: listOf(seriesPointSchema) }, ['unit', 'points']);
export const rangeSchema = openObject({ from: day, to: day, timeZone: text, hours: { enum: ['calendar', 'business'] } }, ['from', 'to', 'timeZone', 'hours']);

export const overviewSchema = openObject(
  {
    ...periodProperties,
    range: rangeSchema,
    previous: periodSchema,
    /** opened, closed, received, sent per bucket. */
    series: seriesSchema,
  },
  ['conversations', 'contacts', 'messages', 'firstResponseSeconds', 'resolutionSeconds', 'csat', 'range', 'previous', 'series'],
);

export const responseBucketSchema = openObject({ label: text, fromSeconds: number, toSeconds: nullable(number), count: wholeNumber }, [
  'label',
  'fromSeconds',
  'toSeconds',
  'count',
]);
export const responsesSchema = openObject(
  {
    range: rangeSchema,
    firstResponseSeconds: durationSchema,
    buckets: listOf(responseBucketSchema),
    /** Conversations opened, [weekday 0 = Monday … 6 = Sunday][hour 0–23], company time. */
    heatmap: listOf(listOf(wholeNumber)),
  },
  ['range', 'firstResponseSeconds', 'buckets', 'heatmap'],
);

const loadProperties = {
  assigned: wholeNumber,
  closed: wholeNumber,
  messagesSent: wholeNumber,
  firstResponseSeconds: openObject({ median: seconds, p90: seconds }, ['median']),
  resolutionSeconds: openObject({ median: seconds, p90: seconds }, ['median']),
  csat: openObject({ responses: wholeNumber, average: nullable(number) }, ['responses', 'average']),
} as const;
const loadRequired = ['assigned', 'closed', 'messagesSent', 'firstResponseSeconds', 'resolutionSeconds', 'csat'] as const;
export const agentRowSchema = openObject({ userId: text, name: text, ...loadProperties }, ['userId', 'name', ...loadRequired]);
export const teamRowSchema = openObject({ team: text, ...loadProperties }, ['team', ...loadRequired]);

export const csatItemSchema = openObject(
  {
    id: text,
    at: time,
    score: wholeNumber,
    scale: wholeNumber,
    contactId: text,
    contactName: nullable(text),
    conversationId: nullable(text),
    agent: nullable(text),
    agentName: nullable(text),
    team: nullable(text),
    workflowId: text,
    version: nullable(wholeNumber),
  },
  ['id', 'at', 'score', 'scale', 'contactId', 'conversationId', 'agent', 'team', 'workflowId', 'version'],
);
export const csatReportSchema = openObject({ range: rangeSchema, csat: csatSummarySchema, series: seriesSchema, items: listOf(csatItemSchema) }, [
  'range',
  'csat',
  'series',
  'items',
]);

export const stepFunnelSchema = openObject(
  { stepId: text, type: text, label: text, reached: wholeNumber, answered: wholeNumber, invalid: wholeNumber, timedOut: wholeNumber, droppedHere: wholeNumber },
  ['stepId', 'reached', 'answered', 'invalid', 'timedOut', 'droppedHere'],
);
const runCountsSchema = openObject({ started: wholeNumber, completed: wholeNumber, failed: wholeNumber, interrupted: wholeNumber, waiting: wholeNumber }, [
  'started',
  'completed',
  'failed',
  'interrupted',
]);
export const workflowReportSchema = openObject(
  {
    range: rangeSchema,
    workflowId: text,
    name: text,
    version: nullable(wholeNumber),
    versions: listOf(wholeNumber),
    runs: runCountsSchema,
    steps: listOf(stepFunnelSchema),
    csat: openObject({ responses: wholeNumber, average: nullable(number) }, ['responses', 'average']),
  },
  ['range', 'workflowId', 'runs', 'steps', 'csat'],
);
export const workflowRowSchema = openObject(
  {
    workflowId: text,
    name: text,
    version: wholeNumber,
    runs: runCountsSchema,
    csat: openObject({ responses: wholeNumber, average: nullable(number) }, ['responses', 'average']),
  },
  ['workflowId', 'name', 'version', 'runs', 'csat'],
);

export const contactsReportSchema = openObject(
  { range: rangeSchema, new: wholeNumber, bySource: { type: 'object', additionalProperties: wholeNumber }, unfollowed: wholeNumber, series: seriesSchema },
  ['range', 'new', 'bySource', 'unfollowed', 'series'],
);
export const messagesReportSchema = openObject({ range: rangeSchema, ...periodProperties.messages.properties, series: seriesSchema }, [
  'range',
  'received',
  'sentByBot',
  'sentByAgents',
  'reply',
  'push',
  'failed',
  'series',
]);

export const conversationRowSchema = openObject(
  {
    id: text,
    contactId: text,
    contactName: nullable(text),
    openedAt: time,
    openedBy: nullable(text),
    closedAt: nullable(time),
    closedBy: nullable(text),
    category: nullable(text),
    summary: nullable(text),
    assignee: nullable(text),
    assigneeName: nullable(text),
    team: nullable(text),
    firstResponseSeconds: seconds,
    resolutionSeconds: seconds,
    csatScore: nullable(wholeNumber),
  },
  ['id', 'contactId', 'openedAt', 'closedAt', 'closedBy', 'category', 'assignee', 'team', 'firstResponseSeconds', 'resolutionSeconds', 'csatScore'],
);

export type ReportFilters = ApiType<typeof filterQuery>;
export type OverviewReport = ApiType<typeof overviewSchema>;
export type ReportPeriod = ApiType<typeof periodSchema>;
export type ResponsesReport = ApiType<typeof responsesSchema>;
export type AgentRow = ApiType<typeof agentRowSchema>;
export type TeamRow = ApiType<typeof teamRowSchema>;
export type CsatReport = ApiType<typeof csatReportSchema>;
export type WorkflowReport = ApiType<typeof workflowReportSchema>;
export type WorkflowRow = ApiType<typeof workflowRowSchema>;
export type ContactsReport = ApiType<typeof contactsReportSchema>;
export type MessagesReport = ApiType<typeof messagesReportSchema>;
export type ConversationRow = ApiType<typeof conversationRowSchema>;
export type Series = ApiType<typeof seriesSchema>;
