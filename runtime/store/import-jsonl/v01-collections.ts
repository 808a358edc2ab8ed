import type { CollectionName } from '../store';

/** The collections LineFlow 0.1 kept, each in `<name>.jsonl`; the store has more now, never fewer. */
export const v01Collections = [
  'workflows',
  'versions',
  'contacts',
  'conversations',
  'messages',
  'runs',
  'counters',
  'ignoredEvents',
  'csatResponses',
  'testSessions',
  'users',
  'settings',
  'sessions',
] as const satisfies readonly CollectionName[];
