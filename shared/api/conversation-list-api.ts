import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { conversationItemSchema } from './conversations-api';
import { closedObject, flag, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

export const previewSchema = openObject({ messageId: text, author: { enum: ['customer', 'bot', 'agent'] }, text, at: time }, [
  'messageId',
  'author',
  'text',
  'at',
]);

/** One row of the inbox list: the conversation, its preview, the caller's unread count and the account's marks. */
export const listRowSchema = openObject(
  {
    ...conversationItemSchema.properties,
    contactPictureUrl: nullable(text),
    tags: listOf(text),
    category: nullable(text),
    preview: nullable(previewSchema),
    unread: { type: 'integer', minimum: 0, description: "The customer's messages after the caller's read marker" },
    pinned: flag,
    followUp: flag,
    snoozedUntil: nullable(time),
    match: nullable(openObject({ messageId: text, at: time, snippet: text }, ['messageId', 'at', 'snippet'])),
  },
  [...conversationItemSchema.required, 'preview', 'unread', 'pinned', 'followUp', 'snoozedUntil', 'match'],
);

export type ListRow = ApiType<typeof listRowSchema>;
export type ListStatus = 'open' | 'snoozed' | 'closed' | 'all';

const byId = '/api/conversations/:id';
const marksSchema = openObject({ pinned: flag, followUp: flag, snoozedUntil: nullable(time) }, ['pinned', 'followUp', 'snoozedUntil']);

/** The inbox's conversation list, and the marks agents put on its rows. */
export const conversationListRoutes = {
  listConversations: {
    method: 'GET',
    path: '/api/conversations',
    summary:
      'Conversations for the inbox list: pinned first (on the first page), then the latest message first; snoozed ones leave "open" until their time or the customer writes. With q: conversations whose messages contain it, newest match first',
    auth: 'agent',
    query: closedObject({
      status: { enum: ['open', 'snoozed', 'closed', 'all'], description: 'open (without running snoozes), snoozed, closed, or all (the default)' },
      assignee: { type: 'string', description: '"none", "me" or a user id' },
      team: text,
      tag: text,
      category: text,
      channel: { type: 'string', description: "A LINE channel's id ('default' for the environment's channel)" },
      contactId: text,
      followUp: { enum: ['true'], description: 'Only conversations marked for follow-up' },
      q: { type: 'string', minLength: 1, maxLength: 200, description: 'Words in the messages (1–2 characters: the newest 20,000 messages only)' },
      cursor: { type: 'string', maxLength: 400, description: 'nextCursor of the page before' },
    }),
    response: openObject(
      {
        conversations: listOf(listRowSchema),
        nextCursor: nullable(text),
        snoozeEndsAt: { ...nullable(text), description: 'When the next running snooze ends: read the list again then to see it back in "open"' },
      },
      ['conversations', 'nextCursor', 'snoozeEndsAt'],
    ),
  },
  markConversationSeen: {
    method: 'PUT',
    path: `${byId}/seen`,
    summary: "The caller has read the conversation up to now: its unread count is 0 for them (kept on the server, each agent's own)",
    auth: 'agent',
    response: openObject({ unread: wholeNumber, seenCustomerMessages: wholeNumber }, ['unread', 'seenCustomerMessages']),
  },
  pinConversation: {
    method: 'PUT',
    path: `${byId}/pin`,
    summary: 'Pin a conversation to the top of the list, or unpin it (for everyone on the account, as in LINE Official Account chat)',
    auth: 'agent',
    body: closedObject({ pinned: flag }, ['pinned']),
    response: marksSchema,
  },
  markFollowUp: {
    method: 'PUT',
    path: `${byId}/follow-up`,
    summary: 'Mark a conversation for follow-up, or clear the mark (for everyone on the account)',
    auth: 'agent',
    body: closedObject({ followUp: flag }, ['followUp']),
    response: marksSchema,
  },
  snoozeConversation: {
    method: 'PUT',
    path: `${byId}/snooze`,
    summary: 'Snooze an open conversation until a time (null: wake it now); it comes back then, or when the customer writes',
    auth: 'agent',
    body: closedObject({ until: nullable({ type: 'string', maxLength: 40, description: 'An ISO 8601 time, e.g. 2026-12-01T09:00:00+09:00' }) }, ['until']),
    response: marksSchema,
  },
} as const satisfies Record<string, ApiRoute>;
