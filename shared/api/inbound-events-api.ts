import type { ApiRoute } from './api-route';
import { anyJson, closedObject, listOf, nullable, openObject, text, time } from './schema-builders';

export const inboundEventSchema = openObject(
  { id: text, contactId: text, kind: text, receivedAt: time, outcome: text, runId: nullable(text), error: nullable(text), raw: anyJson },
  ['id', 'contactId', 'kind', 'receivedAt', 'outcome', 'runId', 'error', 'raw'],
);

/** The event archive: every inbound event with its raw payload and what became of it. */
export const inboundEventsRoutes = {
  listInboundEvents: {
    method: 'GET',
    path: '/api/inbound-events',
    summary: "Inbound events, newest first; the next page is before= the last one's receivedAt",
    auth: 'admin',
    query: closedObject({
      contactId: text,
      limit: { type: 'string', description: 'A whole number from 1 to 200; 50 unless said' },
      before: { type: 'string', description: 'An ISO date and time' },
    }),
    response: openObject({ events: listOf(inboundEventSchema) }, ['events']),
  },
} as const satisfies Record<string, ApiRoute>;
