import { workflowSchema } from '../document/workflow-schema';
import { errorSchema, type ApiRoute, type RouteAuth } from './api-route';
import { routes } from './routes';
import { workflowDocumentSchema } from './workflows-api';

const security: Record<RouteAuth, Record<string, string[]>[]> = {
  none: [],
  agent: [{ apiToken: [] }, { session: [] }],
  admin: [{ apiToken: [] }, { session: [] }],
  hook: [{ hookToken: [] }],
};

const who: Record<RouteAuth, string> = {
  none: 'Open: no sign-in.',
  agent: 'Agents and admins.',
  admin: 'Admins only (the API token, or a signed-in admin).',
  hook: "The workflow's own hook token (Authorization: Bearer <hookToken>), not the API token.",
};

/** The OpenAPI 3.1 description of the HTTP API, generated from shared/api/routes.ts. */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(routes) as [string, ApiRoute][]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(operationId, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'LineFlow API',
      version,
      description:
        "LINE customer-support workflows, the agents' inbox and the simulated channel. Send `Authorization: Bearer <ADMIN_API_TOKEN>`, " +
        "or sign in (POST /api/session) and send the session's CSRF token as `x-csrf-token` on calls that change something. " +
        'A request with a field its route does not take is refused with 400 and `problems` naming each field.',
    },
    paths,
    components: {
      schemas: { Error: errorSchema, WorkflowDocument: workflowSchema },
      securitySchemes: {
        apiToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_API_TOKEN, in the Authorization header only (a ?token= in the URL is refused)' },
        session: { type: 'apiKey', in: 'cookie', name: 'lf_session', description: 'Set by POST /api/session' },
        hookToken: { type: 'http', scheme: 'bearer', description: "The workflow's hookToken (GET /api/workflows/{id})" },
      },
    },
  };
}

function operation(operationId: string, route: ApiRoute) {
  const parameters = [
    ...[...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...queryParameters(route.query),
  ];
  const status = String(route.status ?? 200);
  return {
    operationId,
    summary: route.summary,
    description: who[route.auth],
    tags: [tagOf(route.path)],
    security: security[route.auth],
    'x-lineflow-auth': route.auth,
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } } } : {}),
    responses: {
      [status]: {
        description: route.summary,
        ...(route.response === null ? {} : { content: { [route.contentType ?? 'application/json']: { schema: schemaOf(route.response) } } }),
      },
      '4XX': {
        description: 'Refused; `error` says why and `problems` names each wrong field',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
  };
}

function queryParameters(query: object | undefined) {
  const { properties = {}, required = [] } = (query ?? {}) as { properties?: Record<string, object>; required?: readonly string[] };
  return Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: required.includes(name), schema }));
}

/** The workflow document bodies point at the full workflow schema instead of `{ type: 'object' }`. */
function schemaOf(schema: object): object {
  return schema === workflowDocumentSchema ? { $ref: '#/components/schemas/WorkflowDocument' } : schema;
}

function tagOf(path: string): string {
  const parts = path.split('/');
  return (path.startsWith('/api/') ? parts[2] : parts[1]) ?? 'api';
}
