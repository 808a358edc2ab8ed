import type { ApiRoute } from './api-route';
import { messageSchema } from './conversations-api';
import { closedObject, listOf, nullable, openObject, text } from './schema-builders';

const contact = '/api/simulator/contacts/:userId';
const queued = openObject({ eventId: text }, ['eventId']);
const testContactSchema = openObject(
  {
    userId: text,
    displayName: nullable(text),
    language: nullable(text),
    fields: { type: 'object', description: 'Contact fields by name, as workflows and this panel set them' },
    tags: listOf(text),
    openConversationId: nullable(text),
  },
  ['userId', 'displayName', 'language', 'fields', 'tags', 'openConversationId'],
);

/** The simulated LINE channel: contacts whose ids start with `sim-`, through the same queue and engine as LINE. */
export const simulatorRoutes = {
  setSimulatedProfile: {
    method: 'PUT',
    path: `${contact}/profile`,
    summary: "Set a simulated contact's LINE profile",
    auth: 'admin',
    body: closedObject({ displayName: text, language: { type: 'string', description: 'A BCP 47 tag like "ja" or "th"' } }, ['displayName']),
    response: openObject({ userId: text, displayName: text, language: nullable(text) }, ['userId', 'displayName', 'language']),
  },
  sendSimulatedMessage: {
    method: 'POST',
    path: `${contact}/messages`,
    summary: 'The simulated customer sends a text, or taps a postback button',
    auth: 'admin',
    status: 202,
    body: closedObject({ text, postbackData: text, displayText: text }),
    response: queued,
  },
  simulateFollow: {
    method: 'POST',
    path: `${contact}/follow`,
    summary: 'The simulated customer adds the channel as a friend',
    auth: 'admin',
    status: 202,
    response: queued,
  },
  fireSimulatedTimer: {
    method: 'POST',
    path: `${contact}/fire-timer`,
    summary: '"Timeout now": fire the timer of the step the contact\'s run waits on',
    auth: 'admin',
    status: 202,
    response: openObject({ eventId: text, stepId: nullable(text) }, ['eventId', 'stepId']),
  },
  getTestContact: {
    method: 'GET',
    path: `${contact}/details`,
    summary: "A test chat contact's profile, fields and tags, and whether a conversation is open",
    auth: 'admin',
    response: testContactSchema,
  },
  saveTestContact: {
    method: 'PUT',
    path: `${contact}/details`,
    summary: "Set a test chat contact's display name, language, fields and tags before (or between) runs",
    auth: 'admin',
    body: closedObject(
      {
        displayName: text,
        language: { type: 'string', description: 'A BCP 47 tag like "ja" or "th"; empty for none' },
        fields: {
          type: 'object',
          description: 'Contact fields by name (`{{contact.<name>}}`)',
          additionalProperties: { type: ['string', 'number', 'boolean'] },
        },
        tags: listOf(text),
      },
      ['displayName', 'fields', 'tags'],
    ),
    response: testContactSchema,
  },
  fireTestTrigger: {
    method: 'POST',
    path: `${contact}/trigger`,
    // conversation-opened: the customer writes `text` while no conversation is open; conversation-closed: the open one is closed (a
    // customer's "Hello" opens one first when none is); shortcut: the form's `fields`; incoming-webhook: the request's `variables`.
    summary: "Fire one of the draft's triggers for a test chat contact, through the queue and engine as the real event would",
    auth: 'admin',
    status: 202,
    body: closedObject(
      {
        trigger: { enum: ['conversation-opened', 'conversation-closed', 'shortcut', 'incoming-webhook'] },
        text,
        fields: { type: 'object', description: "The shortcut form's fields by name", additionalProperties: { type: ['string', 'number', 'boolean'] } },
        variables: { type: 'object', description: 'The variables an outside system would send (JSON)' },
      },
      ['trigger'],
    ),
    response: openObject({ eventId: text, note: nullable(text) }, ['eventId', 'note']),
  },
  listSimulatedMessages: {
    method: 'GET',
    path: `${contact}/messages`,
    summary: "The simulated contact's messages, oldest first",
    auth: 'admin',
    response: openObject({ messages: listOf(messageSchema) }, ['messages']),
  },
  streamSimulatedMessages: {
    method: 'GET',
    path: `${contact}/stream`,
    summary: "Server-sent `message` events for the simulated contact, and `applied` after each of its events is handled (a test contact's)",
    auth: 'admin',
    contentType: 'text/event-stream',
    response: { type: 'string', description: 'text/event-stream' },
  },
} as const satisfies Record<string, ApiRoute>;
