import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, flag, listOf, openObject, text, time } from './schema-builders';

const scope = { enum: ['shared', 'mine'], description: "`shared`: the team's, kept by admins; `mine`: the caller's own" } as const;
const code = {
  type: 'string',
  minLength: 1,
  maxLength: 30,
  description: 'What agents type after `/` (letters, digits, `-` and `_`; unique among the shared replies, or among one agent’s own)',
} as const;
const title = { type: 'string', maxLength: 80 } as const;
const replyText = {
  type: 'string',
  minLength: 1,
  maxLength: 5000,
  description: 'The reply; `{{contact.displayName}}`, `{{contact.<field>}}` and `{{conversation.team}}` are filled for the conversation',
} as const;

export const savedReplySchema = openObject(
  {
    id: text,
    scope,
    code: text,
    title: text,
    text,
    updatedAt: time,
    canEdit: { ...flag, description: 'The caller may change or delete it' },
  },
  ['id', 'scope', 'code', 'title', 'text', 'updatedAt', 'canEdit'],
);

export type SavedReplyItem = ApiType<typeof savedReplySchema>;

/** Replies agents insert by typing `/` and a code: the team's shared ones and each agent's own. */
export const savedRepliesRoutes = {
  listSavedReplies: {
    method: 'GET',
    path: '/api/saved-replies',
    summary: "The shared saved replies and the caller's own, by code",
    auth: 'agent',
    response: openObject({ savedReplies: listOf(savedReplySchema) }, ['savedReplies']),
  },
  createSavedReply: {
    method: 'POST',
    path: '/api/saved-replies',
    summary: 'Add a saved reply: agents their own (`mine`), admins shared ones too',
    auth: 'agent',
    status: 201,
    body: closedObject({ scope, code, title, text: replyText }, ['scope', 'code', 'text']),
    response: savedReplySchema,
  },
  updateSavedReply: {
    method: 'PATCH',
    path: '/api/saved-replies/:id',
    summary: "Change a saved reply: one's own, or (admins) a shared one",
    auth: 'agent',
    body: closedObject({ code, title, text: replyText }),
    response: savedReplySchema,
  },
  deleteSavedReply: {
    method: 'DELETE',
    path: '/api/saved-replies/:id',
    summary: "Delete a saved reply: one's own, or (admins) a shared one",
    auth: 'agent',
    status: 204,
    response: null,
  },
  expandSavedReply: {
    method: 'GET',
    path: '/api/conversations/:id/saved-replies/:replyId',
    summary: "A saved reply's text with its fields filled for the conversation's contact (`missing`: fields without a value, left empty)",
    auth: 'agent',
    response: openObject({ text, missing: listOf(text) }, ['text', 'missing']),
  },
} as const satisfies Record<string, ApiRoute>;
