import type { ApiRoute } from './api-route';
import { messageSchema } from './conversations-api';
import { closedObject, listOf, nullable, openObject, text } from './schema-builders';

const contact = '/api/simulator/contacts/:userId';
const queued = openObject({ eventId: text }, ['eventId']);

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
    summary: 'Server-sent `message` events for the simulated contact',
    auth: 'admin',
    contentType: 'text/event-stream',
    response: { type: 'string', description: 'text/event-stream' },
  },
} as const satisfies Record<string, ApiRoute>;
