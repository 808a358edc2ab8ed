import type { ApiRoute } from './api-route';
import { listOf, openObject, text } from './schema-builders';

/** What the inbox and reports offer as a channel filter: names only, so agents may read it. */
export const channelNamesRoutes = {
  listChannelNames: {
    method: 'GET',
    path: '/api/channel-names',
    summary: "Every LINE channel's id and name (no credentials, no settings), for filters",
    auth: 'agent',
    response: openObject({ channels: listOf(openObject({ id: text, name: text }, ['id', 'name'])) }, ['channels']),
  },
} as const satisfies Record<string, ApiRoute>;
