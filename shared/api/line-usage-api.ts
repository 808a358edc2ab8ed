import type { ApiRoute } from './api-route';
import { anyJson, openObject, text, wholeNumber } from './schema-builders';

/** How much of the LINE plan this month used. */
export const lineUsageRoutes = {
  getLineUsage: {
    method: 'GET',
    path: '/api/line/usage',
    summary: "Push messages sent this month and LINE's quota (or why it could not be read)",
    auth: 'admin',
    response: openObject({ month: text, pushes: wholeNumber, quota: anyJson, channel: text }, ['month', 'pushes', 'quota', 'channel']),
  },
} as const satisfies Record<string, ApiRoute>;
