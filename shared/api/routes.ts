import type { ApiRoute } from './api-route';
import { auditRoutes } from './audit-api';
import { channelNamesRoutes } from './channel-names-api';
import { channelsRoutes } from './channels-api';
import { contactsRoutes } from './contacts-api';
import { credentialsRoutes } from './credentials-api';
import { conversationsRoutes } from './conversations-api';
import { conversationListRoutes } from './conversation-list-api';
import { deadLettersRoutes } from './dead-letters-api';
import { inboundEventsRoutes } from './inbound-events-api';
import { inboxRoutes } from './inbox-api';
import { lineHelpersRoutes } from './line-helpers-api';
import { lineUsageRoutes } from './line-usage-api';
import { liveKeywordsRoutes } from './live-keywords-api';
import { openRoutes } from './open-routes-api';
import { sessionRoutes } from './session-api';
import { reportsRoutes } from './reports-api';
import { richMenusRoutes } from './rich-menus-api';
import { runsRoutes } from './runs-api';
import { savedRepliesRoutes } from './saved-replies-api';
import { settingsRoutes } from './settings-api';
import { simulatorRoutes } from './simulator-api';
import { subscriptionsRoutes } from './subscriptions-api';
import { teamsRoutes } from './teams-api';
import { usersRoutes } from './users-api';
import { workflowsRoutes } from './workflows-api';

/**
 * Every route of the HTTP API, by operation id: the server registers and validates from this
 * table, the client's calls are typed by it, and GET /api/openapi.json describes it.
 */
export const routes = {
  ...openRoutes,
  ...sessionRoutes,
  ...workflowsRoutes,
  ...liveKeywordsRoutes,
  ...conversationsRoutes,
  ...conversationListRoutes,
  ...inboxRoutes,
  ...lineHelpersRoutes,
  ...usersRoutes,
  ...teamsRoutes,
  ...contactsRoutes,
  ...settingsRoutes,
  ...simulatorRoutes,
  ...lineUsageRoutes,
  ...inboundEventsRoutes,
  ...deadLettersRoutes,
  ...reportsRoutes,
  ...subscriptionsRoutes,
  ...credentialsRoutes,
  ...auditRoutes,
  ...channelNamesRoutes,
  ...channelsRoutes,
  ...richMenusRoutes,
  ...runsRoutes,
  ...savedRepliesRoutes,
} as const satisfies Record<string, ApiRoute>;

export type Routes = typeof routes;
export type OperationId = keyof Routes;
