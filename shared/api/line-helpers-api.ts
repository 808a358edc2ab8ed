import type { ApiRoute } from './api-route';
import type { ApiType } from './api-schema-type';
import { closedObject, flag, nullable, openObject, text, time } from './schema-builders';

const byId = '/api/conversations/:id';

export const lineHelperSettingsSchema = openObject(
  {
    markAsReadOnOpen: { type: 'boolean', description: "Mark the customer's messages read in LINE when an agent opens the conversation (default on)" },
    agentSender: { type: 'boolean', description: "Show the agent's name (and the icon) on agents' replies in LINE (default off)" },
    senderIconUrl: nullable({ type: 'string', description: 'An HTTPS image (PNG, square, ≤ 1 MB) shown beside the name; null: the account\u2019s own' }),
    updatedAt: nullable(time),
  },
  ['markAsReadOnOpen', 'agentSender', 'senderIconUrl', 'updatedAt'],
);

/** LINE's helpers in the inbox: customers' media through LINE's content API, mark as read, the agent's name on replies. */
export const lineHelpersRoutes = {
  getMessageContent: {
    method: 'GET',
    path: `${byId}/messages/:messageId/content`,
    summary: "A customer's image, video, audio or file, fetched from LINE once and kept (or a redirect to its external URL)",
    auth: 'agent',
    contentType: 'application/octet-stream',
    response: { type: 'string', description: 'The bytes, with the content type LINE gave; files come as attachments' },
  },
  markConversationRead: {
    method: 'POST',
    path: `${byId}/read`,
    summary: "An agent opened the conversation: mark the customer's messages read in LINE (once per new message; see settings)",
    auth: 'agent',
    status: 202,
    response: openObject({ status: { enum: ['marking', 'nothing to mark', 'off'] }, eventId: text }, ['status']),
  },
  getLineHelperSettings: {
    method: 'GET',
    path: '/api/settings/line-helpers',
    summary: 'Mark as read on open, and the agent\u2019s name on replies',
    auth: 'admin',
    response: lineHelperSettingsSchema,
  },
  saveLineHelperSettings: {
    method: 'PUT',
    path: '/api/settings/line-helpers',
    summary: 'Change mark as read on open, and the agent\u2019s name (and icon) on replies',
    auth: 'admin',
    body: closedObject({ markAsReadOnOpen: flag, agentSender: flag, senderIconUrl: nullable(text) }, ['markAsReadOnOpen', 'agentSender', 'senderIconUrl']),
    response: lineHelperSettingsSchema,
  },
} as const satisfies Record<string, ApiRoute>;

export type LineHelperSettings = ApiType<typeof lineHelperSettingsSchema>;
