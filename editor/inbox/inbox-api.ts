import { api, apiClient } from '../api/api-client';
import type { TimelineEntry } from '../../shared/timeline/describe-timeline';

export type { ConversationDetail, ConversationItem } from '../../shared/api/conversations-api';
export type { UserItem } from '../../shared/api/users-api';

export const inboxApi = {
  list: (query: { status: 'open' | 'closed'; assignee?: string; channel?: string }) => api('listConversations', { query }).then((r) => r.conversations),
  get: (id: string) => api('getConversation', { params: { id } }),
  reply: (id: string, text: string, quoteMessageId?: string) =>
    api('replyInConversation', { params: { id }, body: { text, ...(quoteMessageId ? { quoteMessageId } : {}) } }),
  /** The agent has the conversation open: LINE shows the customer "Read" (when the setting is on). */
  markRead: (id: string) => api('markConversationRead', { params: { id } }),
  /** Where a customer's image, video, audio or file is served (the session cookie goes with it). */
  contentUrl: (id: string, messageId: string) => apiClient.url('getMessageContent', { params: { id, messageId } }),
  note: (id: string, text: string) => api('addNote', { params: { id }, body: { text } }),
  addTag: (id: string, tag: string) => api('addTag', { params: { id }, body: { tag } }),
  removeTag: (id: string, tag: string) => api('removeTag', { params: { id, tag } }),
  assign: (id: string, userId: string | null, team: string | null) => api('assignConversation', { params: { id }, body: { userId, team } }),
  close: (id: string, body: { category?: string; summary?: string } = {}) => api('closeConversation', { params: { id }, body }),
  categories: () => api('getCategories'),
  stopRun: (id: string) => api('stopRun', { params: { id } }),
  shortcut: (id: string, workflowId: string, fields: Record<string, string>) => api('startShortcut', { params: { id, workflowId }, body: { fields } }),
  users: () => api('listUsers').then((r) => r.users),
  shortcuts: () => api('listWorkflows').then((r) => r.workflows.filter((w) => w.shortcut)),
  setStatus: (status: 'online' | 'away') => api('updateUser', { params: { id: 'me' }, body: { status } }),
};

export type { SavedReplyItem } from '../../shared/api/saved-replies-api';

/** Saved replies (inserted with `/`) and a conversation's timeline. */
export const conversationExtrasApi = {
  savedReplies: () => api('listSavedReplies').then((r) => r.savedReplies),
  createSavedReply: (body: { scope: 'shared' | 'mine'; code: string; title?: string; text: string }) => api('createSavedReply', { body }),
  updateSavedReply: (id: string, body: { code?: string; title?: string; text?: string }) => api('updateSavedReply', { params: { id }, body }),
  deleteSavedReply: (id: string) => api('deleteSavedReply', { params: { id } }),
  // The schema says `message` is an object; its phrase structure is TimelinePhrase's.
  timeline: (id: string) => api('getConversationTimeline', { params: { id } }).then((r) => r.entries as TimelineEntry[]),
};
