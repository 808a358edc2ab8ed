import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { anyJson, closedObject, listOf, openObject, text, time, wholeNumber } from './schema-builders';

const status = { enum: ['waiting', 'retried', 'discarded'] } as const;

export const deadLetterSchema = openObject(
  {
    id: text,
    contactId: text,
    kind: { type: 'string', description: "The event's kind: message, postback, timer, agent-action…" },
    error: text,
    attempts: wholeNumber,
    status,
    createdAt: time,
    updatedAt: time,
    raw: { ...anyJson, description: "The event as received (LINE's webhook event for LINE events)" },
  },
  ['id', 'contactId', 'kind', 'error', 'attempts', 'status', 'createdAt', 'updatedAt', 'raw'],
);

export type DeadLetterItem = ApiType<typeof deadLetterSchema>;
export type DeadLetterStatus = DeadLetterItem['status'];

/** Events that failed every attempt, for admins to try again or discard. Only a waiting one can be acted on. */
export const deadLettersRoutes = {
  listDeadLetters: {
    method: 'GET',
    path: '/api/dead-letters',
    summary: 'Dead letters in one status (waiting unless said), newest first',
    auth: 'admin',
    query: closedObject({ status }),
    response: openObject({ deadLetters: listOf(deadLetterSchema) }, ['deadLetters']),
  },
  retryDeadLetter: {
    method: 'POST',
    path: '/api/dead-letters/:id/retry',
    summary: "Put a waiting dead letter back in its contact's queue",
    auth: 'admin',
    status: 202,
    response: deadLetterSchema,
  },
  discardDeadLetter: {
    method: 'POST',
    path: '/api/dead-letters/:id/discard',
    summary: 'Discard a waiting dead letter (kept for the record)',
    auth: 'admin',
    response: deadLetterSchema,
  },
} as const satisfies Record<string, ApiRoute>;
