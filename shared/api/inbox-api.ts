import { queuedSchema, type ApiRoute } from './api-route';
import { closedObject, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

const byId = '/api/conversations/:id';

const timelineEntrySchema = openObject(
  {
    id: text,
    at: time,
    kind: { enum: ['opened', 'assigned', 'closed', 'reopened', 'tagged', 'untagged', 'rated'] },
    text: { type: 'string', description: 'What happened, in words: "Transferred from Ana to Ben by Carla"' },
    message: {
      ...openObject({ key: text, params: { type: 'object' } }, ['key']),
      description: 'The same as a key and values, to say it in another language (shared/timeline/timeline-message.ts); a value may be such a phrase itself',
    },
    by: { type: 'string', description: 'customer, follow, agent, api or workflow' },
    byUserId: nullable(text),
    assignee: nullable(text),
    team: nullable(text),
    category: nullable(text),
    tag: text,
    workflowName: text,
    stepName: text,
    score: wholeNumber,
    scale: wholeNumber,
  },
  ['id', 'at', 'kind', 'text'],
);

/**
 * What agents do in a conversation. Each goes through the contact's queue, in order with the
 * customer's messages, so each answers 202 with the event's id.
 */
export const inboxRoutes = {
  replyInConversation: {
    method: 'POST',
    path: `${byId}/messages`,
    summary: "Reply to the customer (free with an unused reply token, else a push), quoting one of the customer's messages if asked",
    auth: 'agent',
    status: 202,
    body: closedObject(
      { text, quoteMessageId: { type: 'string', description: "A customer's message in this conversation (its id) that the reply quotes in LINE" } },
      ['text'],
    ),
    response: queuedSchema,
  },
  addNote: {
    method: 'POST',
    path: `${byId}/notes`,
    summary: 'Add a note only agents see',
    auth: 'agent',
    status: 202,
    body: closedObject({ text }, ['text']),
    response: queuedSchema,
  },
  addTag: {
    method: 'POST',
    path: `${byId}/tags`,
    summary: "Tag the conversation's contact",
    auth: 'agent',
    status: 202,
    body: closedObject({ tag: text }, ['tag']),
    response: queuedSchema,
  },
  removeTag: { method: 'DELETE', path: `${byId}/tags/:tag`, summary: 'Remove a tag from the contact', auth: 'agent', status: 202, response: queuedSchema },
  stopRun: {
    method: 'POST',
    path: `${byId}/stop-run`,
    summary: 'Stop the workflow running in the conversation',
    auth: 'admin',
    status: 202,
    response: queuedSchema,
  },
  assignConversation: {
    method: 'POST',
    path: `${byId}/assign`,
    summary: 'Assign to an agent and/or a team; null (or leaving a field out) unassigns it',
    auth: 'agent',
    status: 202,
    body: closedObject({ userId: nullable(text), team: nullable(text) }),
    response: queuedSchema,
  },
  getConversationTimeline: {
    method: 'GET',
    path: `${byId}/timeline`,
    summary:
      "The conversation's history in words, oldest first: assignments and transfers (by whom, or by which workflow step), tags, closes, reopenings, the rating",
    auth: 'agent',
    response: openObject({ entries: listOf(timelineEntrySchema) }, ['entries']),
  },
  streamEvents: {
    method: 'GET',
    path: '/api/events',
    summary: 'Server-sent events: `message` for each stored message, `conversation` for each changed one',
    auth: 'agent',
    contentType: 'text/event-stream',
    response: { type: 'string', description: 'text/event-stream' },
  },
} as const satisfies Record<string, ApiRoute>;
