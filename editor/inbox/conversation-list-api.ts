import { api } from '../api/api-client';
import type { ListRow, ListStatus } from '../../shared/api/conversation-list-api';

export type { ListRow, ListStatus };

/** What the list is narrowed to; empty strings mean "any". */
export interface ListFilter {
  status: ListStatus;
  /** "me", "none", a user id, or "" for anyone. */
  assignee: string;
  team: string;
  tag: string;
  category: string;
  channel: string;
  followUp: boolean;
  q: string;
}

export const conversationListApi = {
  list: (filter: ListFilter, cursor?: string) => {
    const query: Record<string, string> = { status: filter.status };
    for (const key of ['assignee', 'team', 'tag', 'category', 'channel'] as const) if (filter[key]) query[key] = filter[key];
    if (filter.followUp) query.followUp = 'true';
    if (filter.q.trim()) query.q = filter.q.trim();
    if (cursor) query.cursor = cursor;
    return api('listConversations', { query });
  },
  /** The agent has read the conversation: their unread count for it is 0, on every device. */
  seen: (id: string) => api('markConversationSeen', { params: { id } }),
  pin: (id: string, pinned: boolean) => api('pinConversation', { params: { id }, body: { pinned } }),
  followUp: (id: string, followUp: boolean) => api('markFollowUp', { params: { id }, body: { followUp } }),
  snooze: (id: string, until: Date | null) => api('snoozeConversation', { params: { id }, body: { until: until ? until.toISOString() : null } }),
};
