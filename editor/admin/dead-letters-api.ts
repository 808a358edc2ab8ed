import type { DeadLetterStatus } from '../../shared/api/dead-letters-api';
import { api } from '../api/api-client';

export type { DeadLetterItem, DeadLetterStatus } from '../../shared/api/dead-letters-api';

export const deadLettersApi = {
  list: (status: DeadLetterStatus) => api('listDeadLetters', { query: { status } }).then((r) => r.deadLetters),
  retry: (id: string) => api('retryDeadLetter', { params: { id } }),
  discard: (id: string) => api('discardDeadLetter', { params: { id } }),
};
