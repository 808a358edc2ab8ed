import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { anyJson, closedObject, declared, flag, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

export const conversationSchema = openObject(
  {
    id: text,
    contactId: text,
    channelId: { type: 'string', description: "The LINE channel it is on (absent on conversations from before several channels: 'default')" },
    status: { enum: ['open', 'closed'] },
    openedAt: time,
    closedAt: nullable(time),
    assignee: nullable(text),
    team: nullable(text),
    lastMessageAt: time,
    updatedAt: time,
  },
  ['id', 'contactId', 'status', 'assignee', 'team', 'lastMessageAt'],
);

export const conversationItemSchema = openObject({ ...conversationSchema.properties, contactName: nullable(text) }, [
  ...conversationSchema.required,
  'contactName',
]);

/** A LINE message object (or an inbound postback/event summary), shown as LINE would show it. */
export type LineContent = { type?: string; text?: string } & Record<string, unknown>;

export const messageSchema = openObject(
  {
    id: text,
    conversationId: nullable(text),
    contactId: text,
    direction: { enum: ['in', 'out'] },
    author: { enum: ['customer', 'bot', 'agent', 'system'] },
    content: declared<LineContent>()({ type: 'object', description: 'The LINE message object, or a postback/event summary for inbound ones' }),
    at: time,
    runId: nullable(text),
    stepId: nullable(text),
    delivery: openObject({ method: { enum: ['reply', 'push', 'simulated'] }, status: { enum: ['sent', 'failed'] }, error: text, uncertainReply: flag }, [
      'method',
      'status',
    ]),
    standby: { type: 'boolean', description: 'Sent in standby mode: another channel had the chat; nothing answered it' },
    unsentAt: { type: 'string', format: 'date-time', description: 'The customer unsent it; its content is gone' },
  },
  ['id', 'contactId', 'direction', 'author', 'content', 'at'],
);

export const contactProfileSchema = openObject(
  {
    id: text,
    displayName: text,
    pictureUrl: text,
    statusMessage: text,
    language: text,
    fields: { type: 'object' },
    tags: listOf(text),
    isFriend: flag,
    openConversationId: nullable(text),
    mergedInto: text,
    createdAt: time,
    updatedAt: time,
  },
  ['id', 'fields', 'tags'],
);

const activeRunSchema = openObject({ id: text, workflowId: text, workflowName: text, status: text, nodeId: nullable(text) }, [
  'id',
  'workflowId',
  'workflowName',
  'status',
  'nodeId',
]);

export const conversationDetailSchema = openObject(
  {
    conversation: conversationItemSchema,
    contact: nullable(contactProfileSchema),
    activeRun: nullable(activeRunSchema),
    pastConversations: listOf(conversationSchema),
    messages: listOf(messageSchema),
  },
  ['conversation', 'contact', 'activeRun', 'pastConversations', 'messages'],
);

const traceStepSchema = openObject(
  { stepId: text, type: text, visit: wholeNumber, at: time, durationMs: { type: 'number' }, input: anyJson, output: anyJson, port: text, error: text },
  ['stepId', 'type', 'visit', 'at'],
);

export const runSchema = openObject(
  {
    id: text,
    contactId: text,
    workflowId: text,
    workflowName: text,
    version: wholeNumber,
    conversationId: nullable(text),
    triggerType: text,
    status: { enum: ['running', 'waiting', 'completed', 'failed', 'interrupted'] },
    nodeId: nullable(text),
    visit: wholeNumber,
    vars: { type: 'object' },
    startedAt: time,
    endedAt: time,
    updatedAt: time,
    error: text,
    trace: listOf(traceStepSchema),
  },
  ['id', 'contactId', 'workflowId', 'status', 'nodeId', 'vars', 'trace'],
);

export type Conversation = ApiType<typeof conversationSchema>;
export type ConversationItem = ApiType<typeof conversationItemSchema>;
export type ConversationDetail = ApiType<typeof conversationDetailSchema>;
export type Message = ApiType<typeof messageSchema>;
export type ContactProfile = ApiType<typeof contactProfileSchema>;
export type RunView = ApiType<typeof runSchema>;

const byId = '/api/conversations/:id';
const startedSchema = openObject({ status: { enum: ['started', 'closing'] }, eventId: text }, ['status', 'eventId']);

/** Conversations, their workflow runs, closing one, and an agent's shortcut into a workflow. */
export const conversationsRoutes = {
  getConversation: {
    method: 'GET',
    path: byId,
    summary: "A conversation with its contact, messages, active run and the contact's past conversations",
    auth: 'agent',
    response: conversationDetailSchema,
  },
  closeConversation: {
    method: 'POST',
    path: `${byId}/close`,
    summary: "Close a conversation (through the contact's queue), with a category and a summary for reports",
    auth: 'agent',
    status: 202,
    body: closedObject({
      category: { type: 'string', minLength: 1, maxLength: 60, description: 'One of the categories in settings' },
      summary: { type: 'string', maxLength: 2000 },
    }),
    response: startedSchema,
  },
  startShortcut: {
    method: 'POST',
    path: `${byId}/shortcuts/:workflowId`,
    summary: "Start a published workflow's shortcut trigger with the form's fields",
    auth: 'agent',
    status: 202,
    body: closedObject({
      fields: { type: 'object', description: "The shortcut form's fields by name", additionalProperties: { type: ['string', 'number', 'boolean'] } },
    }),
    response: startedSchema,
  },
  listRuns: {
    method: 'GET',
    path: '/api/runs',
    summary: 'Workflow runs of a conversation, contact or workflow, oldest first',
    auth: 'agent',
    query: closedObject({ conversationId: text, contactId: text, workflowId: text }),
    response: openObject({ runs: listOf(runSchema) }, ['runs']),
  },
} as const satisfies Record<string, ApiRoute>;
