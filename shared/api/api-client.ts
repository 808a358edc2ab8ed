import type { ApiRoute } from './api-route';
import type { ApiType } from './api-schema-type';
import { routes, type OperationId, type Routes } from './routes';

type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string | number } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string | number }
    : unknown;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
// Not distributive ([…]): the compiler instantiates these over the union of every route while
// checking a call, and the distributed cross product passed its limit (TS2590) at about 170 routes.
type ParamsPart<P extends string> = [P] extends [`${string}:${string}`] ? { params: Simplify<PathParams<P>> } : { params?: undefined };
type OptionalIfEmpty<Key extends string, T> = Record<never, never> extends T ? { [K in Key]?: T } : { [K in Key]: T };
type BodyPart<R> = [R] extends [{ body: infer B }] ? OptionalIfEmpty<'body', ApiType<B>> : { body?: undefined };
type QueryPart<R> = [R] extends [{ query: infer Q }] ? OptionalIfEmpty<'query', ApiType<Q>> : { query?: undefined };

/** Headers of one call (`If-Match` when saving a draft), beside the client's own. */
type HeadersPart = { headers?: Record<string, string> };
/** What a call to a route takes: its path parameters, body and query, typed by the routes table. */
export type RequestOf<K extends OperationId> = Simplify<ParamsPart<Routes[K]['path']> & BodyPart<Routes[K]> & QueryPart<Routes[K]> & HeadersPart>;
/** What a route answers on success. */
export type ResponseOf<K extends OperationId> = Routes[K]['response'] extends null ? undefined : ApiType<Routes[K]['response']>;
type RequestArgs<K extends OperationId> = Record<never, never> extends RequestOf<K> ? [request?: RequestOf<K>] : [request: RequestOf<K>];

/** What every refused request answers: `error` says why, `problems` names each wrong field (or workflow problem). */
export interface ApiErrorBody {
  error?: string;
  problems?: (string | { message: string })[];
  [key: string]: unknown;
}

export type ApiAnswer<K extends OperationId> = { ok: true; status: number; body: ResponseOf<K> } | { ok: false; status: number; body: ApiErrorBody };

/** An answer that is not 2xx: the server's message, and the problems it named. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly problems: { message: string }[] = [],
  ) {
    super(message);
  }
}

/** The server could not be reached at all (down, wrong address, no network). */
export class ApiUnreachable extends Error {
  override name = 'ApiUnreachable';
}

export interface ApiClientOptions {
  /** Where the server is, e.g. `http://127.0.0.1:3000`; empty (the default) for the page's own origin. */
  baseUrl?: string;
  /** Headers for each call: the API token, or the session's CSRF token. */
  headers?: (route: ApiRoute) => Record<string, string>;
  /** The error to throw when the server cannot be reached; an ApiUnreachable unless said. */
  unreachable?: (cause: unknown) => Error;
  /** Called with each answer that is not 2xx, before `request` throws (the editor signs out on 401). */
  onRefused?: (status: number) => void;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The one client of the HTTP API (editor, inbox, CLI): each call names a route of shared/api/routes.ts. */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');

  const url = <K extends OperationId>(id: K, ...[request]: RequestArgs<K>): string => {
    const route: ApiRoute = routes[id];
    const { params, query } = (request ?? {}) as { params?: Record<string, string | number>; query?: Record<string, string | undefined> };
    const path = route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
    const search = new URLSearchParams(Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
    return `${baseUrl}${path}${search ? `?${search}` : ''}`;
  };

  /** Calls a route and answers its status and body, whatever the status. */
  const call = async <K extends OperationId>(id: K, ...args: RequestArgs<K>): Promise<ApiAnswer<K>> => {
    const route: ApiRoute = routes[id];
    const { body, headers } = (args[0] ?? {}) as { body?: unknown; headers?: Record<string, string> };
    let response: Response;
    try {
      response = await fetch(url(id, ...args), {
        method: route.method,
        headers: { ...options.headers?.(route), ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw (
        options.unreachable?.(error) ?? new ApiUnreachable(`Cannot reach ${baseUrl || 'the server'}: ${error instanceof Error ? error.message : String(error)}`)
      );
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = { error: text };
    }
    return response.ok
      ? { ok: true, status: response.status, body: parsed as ResponseOf<K> }
      : { ok: false, status: response.status, body: (parsed ?? {}) as ApiErrorBody };
  };

  /** Calls a route and answers its body; anything but 2xx throws an ApiError. */
  const request = async <K extends OperationId>(id: K, ...args: RequestArgs<K>): Promise<ResponseOf<K>> => {
    const answer = await call(id, ...args);
    if (answer.ok) return answer.body;
    options.onRefused?.(answer.status);
    const problems = (answer.body.problems ?? []).map((p) => (typeof p === 'string' ? { message: p } : p));
    throw new ApiError(answer.status, answer.body.error ?? `HTTP ${answer.status}`, problems);
  };

  return { url, call, request };
}
