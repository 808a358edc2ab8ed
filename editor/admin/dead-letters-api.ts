import { api } from '../api/api-client';

export type DeadLetterStatus = 'waiting' | 'retried' | 'discarded';

/** An event that failed every attempt, as GET /api/dead-letters lists it. */
export interface DeadLetterItem {
  id: string;
  contactId: string;
  /** The event's kind: message, postback, timer, agent-action... */
  kind: string;
  error: string;
  attempts: number;
  status: DeadLetterStatus;
  createdAt: string;
  updatedAt: string;
  /** The event as received (LINE's webhook event for LINE events). */
  raw: unknown;
}

const path = (id: string, action: 'retry' | 'discard') => `/api/dead-letters/${encodeURIComponent(id)}/${action}`;

export const deadLettersApi = {
  list: (status: DeadLetterStatus) => api<{ deadLetters: DeadLetterItem[] }>('GET', `/api/dead-letters?status=${status}`).then((r) => r.deadLetters),
  retry: (id: string) => api<DeadLetterItem>('POST', path(id, 'retry')),
  discard: (id: string) => api<DeadLetterItem>('POST', path(id, 'discard')),
};
