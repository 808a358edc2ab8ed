import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import type { LineContent } from './conversations-api';
import { anyJson, closedObject, declared, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

export const runStatuses = ['running', 'waiting', 'completed', 'failed', 'interrupted'] as const;
export type RunStatus = (typeof runStatuses)[number];

/** A day (`2026-01-31`, from its start, UTC) or a moment (`2026-01-31T09:00:00.000Z`). */
const moment = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$' } as const;

const named = { type: 'object', additionalProperties: anyJson } as const;

/** One step of a run: what woke it, what it read, decided, set, sent and called; values masked and cut to about 1 KB. */
export const traceStepSchema = openObject(
  {
    stepId: text,
    type: text,
    visit: wholeNumber,
    at: time,
    durationMs: { type: 'number' },
    input: { description: "What woke a waiting step: the customer's answer, its timer, or an HTTP call's answer" },
    output: { description: "What the step's executor reported" },
    port: { type: 'string', description: 'The port it left by' },
    error: text,
    read: { ...named, description: 'Values it read, by name (`vars.orderId`, `contact.language`)' },
    set: { ...named, description: 'Values it changed, by name' },
    sent: { ...listOf(anyJson), description: 'The LINE messages it sent' },
    calls: { ...listOf(anyJson), description: 'Outside calls and timers it decided (never their headers)' },
    omitted: { ...listOf(text), description: 'Fields left out to keep the step under 4 KB' },
  },
  ['stepId', 'type', 'visit', 'at'],
);

/** A run as the run log lists it. */
export const runSummarySchema = openObject(
  {
    id: text,
    workflowId: text,
    version: { type: 'integer', description: 'The published version it ran (negative: a test of a draft)' },
    status: { enum: runStatuses },
    contactId: text,
    contactName: nullable(text),
    conversationId: nullable(text),
    triggerType: text,
    startedAt: time,
    endedAt: nullable(time),
    durationMs: nullable(wholeNumber),
    error: nullable(text),
    steps: { type: 'integer', description: 'Steps run (with those the trace no longer holds)' },
    /** The step it waits on, while it waits. */
    nodeId: nullable(text),
    lastStepId: nullable(text),
  },
  ['id', 'workflowId', 'version', 'status', 'contactId', 'contactName', 'conversationId', 'startedAt', 'endedAt', 'durationMs', 'error', 'steps'],
);

export const runDetailSchema = openObject(
  {
    ...runSummarySchema.properties,
    workflowName: text,
    vars: { type: 'object', description: "The run's variables (secret-named ones masked)" },
    trace: listOf(traceStepSchema),
    traceDropped: { type: 'integer', description: 'Oldest steps no longer kept (the trace keeps the newest 200)' },
  },
  [...runSummarySchema.required, 'vars', 'trace'],
);

const replyMessage = openObject({ stepId: nullable(text), message: declared<LineContent>()({ type: 'object', description: 'The LINE message object' }) }, [
  'stepId',
  'message',
]);

export const replayChanges = ['same', 'changed', 'missing', 'new'] as const;
export type ReplayChange = (typeof replayChanges)[number];

const replayInputSchema = openObject(
  {
    index: wholeNumber,
    input: openObject(
      {
        kind: { enum: ['start', 'follow', 'text', 'postback', 'message', 'timeout'], description: '`start`: what was said before any customer input' },
        text: text,
        data: text,
      },
      ['kind'],
    ),
    rows: listOf(openObject({ change: { enum: replayChanges }, sent: nullable(replyMessage), draft: nullable(replyMessage) }, ['change', 'sent', 'draft'])),
    note: nullable(text),
  },
  ['index', 'input', 'rows', 'note'],
);

export const replayResultSchema = openObject(
  {
    conversationId: text,
    workflowId: text,
    /** The throwaway test contact the draft ran for. */
    replayContactId: text,
    complete: { type: 'boolean', description: 'Every input was replayed (false: the time ran out; `note` says where)' },
    note: nullable(text),
    inputs: listOf(replayInputSchema),
    summary: openObject({ same: wholeNumber, changed: wholeNumber, missing: wholeNumber, new: wholeNumber }, ['same', 'changed', 'missing', 'new']),
    firstDivergence: nullable(openObject({ input: wholeNumber, stepId: nullable(text) }, ['input', 'stepId'])),
  },
  ['conversationId', 'workflowId', 'replayContactId', 'complete', 'note', 'inputs', 'summary', 'firstDivergence'],
);

export type TraceStepView = ApiType<typeof traceStepSchema>;
export type RunSummary = ApiType<typeof runSummarySchema>;
export type RunDetail = ApiType<typeof runDetailSchema>;
export type ReplayResult = ApiType<typeof replayResultSchema>;
export type ReplayInput = ApiType<typeof replayInputSchema>;

/** The run log of a workflow (like n8n's executions), one run's steps, and a replay of a conversation against the draft. */
export const runsRoutes = {
  listWorkflowRuns: {
    method: 'GET',
    path: '/api/workflows/:id/runs',
    summary: "A workflow's runs, newest first, with how many failed; the next page is before= the answer's nextBefore",
    auth: 'admin',
    query: closedObject({
      status: { enum: runStatuses },
      version: { type: 'string', pattern: '^\\d+$', description: 'Only runs of this published version' },
      from: { ...moment, description: 'Runs started at or after (a day: from its start, UTC)' },
      to: { ...moment, description: 'Runs started before (a day: up to its end, UTC)' },
      before: { ...moment, description: "The answer's nextBefore: the next page" },
      test: { enum: ['true', 'false'], description: 'true: runs of the test chat and replays (drafts) instead of live ones' },
      limit: { type: 'string', pattern: '^\\d+$', description: '1 to 100 (default 50)' },
    }),
    response: openObject(
      { runs: listOf(runSummarySchema), nextBefore: nullable(text), failed: { type: 'integer', description: 'Failed runs under the same filters' } },
      ['runs', 'nextBefore', 'failed'],
    ),
  },
  getRun: {
    method: 'GET',
    path: '/api/runs/:id',
    summary: 'One run with each step: its input, what it read, set and sent, its port and its error',
    auth: 'admin',
    response: openObject({ run: runDetailSchema }, ['run']),
  },
  replayConversation: {
    method: 'POST',
    path: '/api/workflows/:id/replay',
    summary: "Re-run a conversation's customer inputs against the draft, for a test contact (nothing is sent to LINE); compare the bot's answers",
    auth: 'admin',
    body: closedObject({ conversationId: text }, ['conversationId']),
    response: replayResultSchema,
  },
} as const satisfies Record<string, ApiRoute>;
