import { channelNamesRouter } from '../api/channel-names-router';
import express, { type Express } from 'express';
import { conversationsRouter } from '../api/conversations-router';
import { hooksRouter } from '../api/hooks-router';
import { healthRouter } from '../api/health-router';
import { errorHandler, notFound } from '../api/http-error';
import { sessionRouter } from '../api/session-router';
import { accountRouter } from '../api/account-router';
import { openApiRouter } from '../api/openapi-router';
import { authenticate } from '../auth/authenticate';
import { simulatorRouter } from '../api/simulator-router';
import { usersRouter } from '../api/users-router';
import { inboxRouter } from '../api/inbox-router';
import { lineHelpersRouter } from '../api/line-helpers-router';
import { settingsRouter } from '../api/settings-router';
import { contactsRouter } from '../api/contacts-router';
import { inboundEventsRouter } from '../api/inbound-events-router';
import { reportsRouter } from '../api/reports-router';
import { deadLettersRouter } from '../api/dead-letters-router';
import { subscriptionsRouter } from '../api/subscriptions-router';
import { credentialsRouter } from '../api/credentials-router';
import { workflowsRouter } from '../api/workflows-router';
import { auditRouter } from '../api/audit-router';
import { channelsRouter } from '../api/channels-router';
import { richMenusRouter } from '../api/rich-menus-router';
import { auditTrail } from '../audit/audit-trail';
import { lineWebhookRouter } from '../webhook/line-webhook-router';
import { metricsRouter } from '../metrics/metrics-router';
import type { RuntimeServices } from './runtime-services';
import { serveEditor } from './serve-editor';
import { securityHeaders } from './security-headers';

export function createHttpApp(services: RuntimeServices): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders());
  // Only the proxies the operator named are believed about the client's address (sign-in throttling) and scheme (Secure cookies).
  app.set('trust proxy', services.config.trustProxy);

  app.use(healthRouter(services));
  app.use(metricsRouter(services));

  app.use(lineWebhookRouter(services));
  app.use(hooksRouter(services));
  // Before every /api router, so it sees each change (and each sign-in) and records it once answered.
  app.use('/api', auditTrail(services));
  app.use('/api', sessionRouter(services));
  app.use('/api', accountRouter(services));
  app.use('/api', openApiRouter());
  app.use('/api', authenticate(services));
  app.use('/api', workflowsRouter(services));
  app.use('/api', conversationsRouter(services));
  app.use('/api', simulatorRouter(services));
  app.use('/api', usersRouter(services));
  app.use('/api', inboxRouter(services));
  app.use('/api', lineHelpersRouter(services));
  app.use('/api', settingsRouter(services));
  app.use('/api', contactsRouter(services));
  app.use('/api', inboundEventsRouter(services));
  app.use('/api', deadLettersRouter(services));
  app.use('/api', reportsRouter(services));
  app.use('/api', subscriptionsRouter(services));
  app.use('/api', auditRouter(services));
  app.use('/api', channelsRouter(services));
  app.use('/api', richMenusRouter(services));
  app.use('/api', credentialsRouter(services));
  app.use('/api', channelNamesRouter(services));
  serveEditor(app);
  app.use(notFound);
  app.use(errorHandler(services.log));
  return app;
}
