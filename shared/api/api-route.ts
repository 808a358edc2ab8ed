/** Who may call a route: anyone, a signed-in agent (or admin), an admin, or the workflow's hook token. */
export type RouteAuth = 'none' | 'agent' | 'admin' | 'hook';

/** One route of the REST API: what the server registers and validates, the client calls, and OpenAPI describes. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style path with `:params`, e.g. `/api/conversations/:id/assign`. */
  path: string;
  summary: string;
  auth: RouteAuth;
  /** The JSON body; unknown fields are refused where the schema closes the object. */
  body?: object;
  /** Query parameters (strings). No credential ever goes here: authenticate() refuses a `?token=`. */
  query?: object;
  /** The 2xx answer's JSON; `null` for an empty answer. */
  response: object | null;
  /** The success status; 200 unless said. */
  status?: 200 | 201 | 202 | 204;
  /** What the answer is when not JSON: server-sent events, Prometheus' text format, CSV, or bytes (a customer's media). */
  contentType?: 'text/event-stream' | 'text/plain' | 'text/csv' | 'application/octet-stream';
}

/** What every 4xx/5xx answers. `problems` lists each field that is wrong, when there are several. */
export const errorSchema = {
  type: 'object',
  properties: {
    error: { type: 'string' },
    problems: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] }] } },
  },
  required: ['error'],
} as const;

/** The answer of a change that goes through a contact's queue: done in order, shortly after. */
export const queuedSchema = {
  type: 'object',
  properties: { eventId: { type: 'string' } },
  required: ['eventId'],
} as const;
