import { api, type WorkflowSummary } from '../api/api-client';

export interface ConversationItem {
  id: string;
  contactId: string;
  contactName: string | null;
  status: 'open' | 'closed';
  assignee: string | null;
  team: string | null;
  lastMessageAt: string;
}

export interface ConversationDetail {
  conversation: ConversationItem;
  contact: { id: string; displayName?: string; pictureUrl?: string; language?: string; tags: string[]; fields: Record<string, unknown> } | null;
  activeRun: { id: string; workflowName: string; status: string; nodeId: string | null } | null;
  pastConversations: ConversationItem[];
  messages: { id: string; direction: 'in' | 'out'; author: string; content: any; at: string }[];
}

export interface UserItem {
  id: string;
  name: string;
  email: string;
  role: string;
  teams: string[];
  status: 'online' | 'away';
}

export const inboxApi = {
  list: (query: string) => api<{ conversations: ConversationItem[] }>('GET', `/api/conversations?${query}`).then((r) => r.conversations),
  get: (id: string) => api<ConversationDetail>('GET', `/api/conversations/${id}`),
  reply: (id: string, text: string) => api('POST', `/api/conversations/${id}/messages`, { text }),
  note: (id: string, text: string) => api('POST', `/api/conversations/${id}/notes`, { text }),
  addTag: (id: string, tag: string) => api('POST', `/api/conversations/${id}/tags`, { tag }),
  removeTag: (id: string, tag: string) => api('DELETE', `/api/conversations/${id}/tags/${encodeURIComponent(tag)}`),
  assign: (id: string, userId: string | null, team: string | null) => api('POST', `/api/conversations/${id}/assign`, { userId, team }),
  close: (id: string) => api('POST', `/api/conversations/${id}/close`),
  stopRun: (id: string) => api('POST', `/api/conversations/${id}/stop-run`),
  shortcut: (id: string, workflowId: string, fields: Record<string, string>) => api('POST', `/api/conversations/${id}/shortcuts/${workflowId}`, { fields }),
  users: () => api<{ users: UserItem[] }>('GET', '/api/users').then((r) => r.users),
  shortcuts: () => api<{ workflows: WorkflowSummary[] }>('GET', '/api/workflows').then((r) => r.workflows.filter((w) => w.shortcut)),
  setStatus: (status: 'online' | 'away') => api('PATCH', '/api/users/me', { status }),
};
