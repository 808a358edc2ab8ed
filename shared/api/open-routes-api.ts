import type { ApiRoute } from './api-route';
import { anyJson, closedObject, listOf, openObject, text } from './schema-builders';

/** Routes outside /api's sign-in: health, LINE's webhook, outside systems' hooks, this description. */
export const openRoutes = {
  getHealth: {
    method: 'GET',
    path: '/healthz',
    summary: '200 when this LineFlow can do its job, else 503 naming every problem',
    auth: 'none',
    response: openObject({ ok: { type: 'boolean' }, store: text, channel: text }, ['ok']),
  },
  getMetrics: {
    method: 'GET',
    path: '/metrics',
    summary: 'Prometheus metrics; asks for Authorization: Bearer <METRICS_TOKEN> when that is set',
    auth: 'none',
    contentType: 'text/plain',
    response: { type: 'string', description: 'Prometheus text exposition format' },
  },
  receiveLineWebhook: {
    method: 'POST',
    path: '/webhook/line',
    summary: "The default channel's LINE webhook, checked by its x-line-signature (LINE's own format, so not closed)",
    auth: 'none',
    body: openObject({ destination: text, events: listOf({ type: 'object' }) }),
    response: anyJson,
  },
  receiveChannelWebhook: {
    method: 'POST',
    path: '/webhook/line/:channelId',
    summary: "A connected channel's LINE webhook, checked by its x-line-signature with that channel's secret",
    auth: 'none',
    body: openObject({ destination: text, events: listOf({ type: 'object' }) }),
    response: anyJson,
  },
  startWorkflowByHook: {
    method: 'POST',
    path: '/hooks/:workflowId',
    summary: "An outside system starts the workflow's incoming-webhook trigger for one contact",
    auth: 'hook',
    status: 202,
    body: closedObject(
      {
        userId: { type: 'string', description: "The contact's LINE user id" },
        channel: { type: 'string', description: "The LINE channel's id when it is not the default one" },
        variables: { type: 'object', description: "The trigger's variables by name" },
      },
      ['userId'],
    ),
    response: openObject({ status: { const: 'started' }, eventId: text, ignoredVariables: listOf(text) }, ['status', 'eventId', 'ignoredVariables']),
  },
  getOpenApi: {
    method: 'GET',
    path: '/api/openapi.json',
    summary: 'This description of the REST API (OpenAPI 3.1)',
    auth: 'none',
    response: { type: 'object', description: 'An OpenAPI 3.1 document' },
  },
} as const satisfies Record<string, ApiRoute>;
