import { looksLikeSecretHeader } from '../../shared/steps/http-request';
import type { OutgoingRequest } from './guarded-request';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Headers that describe a body, removed with it when a redirect turns the request into a GET (fetch: "request-body-header name"). */
const bodyHeaders = new Set(['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']);

/** Always dropped on a change of origin, as fetch and curl do, whatever the step calls them. */
const credentialHeaderNames = new Set(['authorization', 'proxy-authorization', 'cookie']);

export function isRedirect(status: number): boolean {
  return redirectStatuses.has(status);
}

/**
 * The request a redirect asks for, by the WHATWG fetch standard's rules:
 * - 303 (unless GET or HEAD), and 301/302 after a POST, become a GET without body or body headers;
 *   307 and 308 keep the method and body.
 * - When the origin (scheme, host, port) changes, `Authorization`, `Proxy-Authorization`,
 *   `Cookie`, the attached credential's headers and every header whose name looks like a secret
 *   (`X-Api-Key`, `Private-Token`…) are dropped, and stay dropped for the hops after, even one
 *   back to the first origin. A same-origin redirect keeps them.
 */
export function redirectedRequest(previous: OutgoingRequest, status: number, location: URL, attached: ReadonlySet<string>): OutgoingRequest {
  const crossOrigin = new URL(previous.url).origin !== location.origin;
  const toGet =
    (status === 303 && previous.method !== 'GET' && previous.method !== 'HEAD') || ((status === 301 || status === 302) && previous.method === 'POST');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(previous.headers)) {
    const lower = name.toLowerCase();
    if (toGet && bodyHeaders.has(lower)) continue;
    if (crossOrigin && (credentialHeaderNames.has(lower) || attached.has(lower) || looksLikeSecretHeader(lower))) continue;
    headers[name] = value;
  }
  const { body, credential: _credential, ...rest } = previous;
  return { ...rest, url: location.toString(), headers, ...(toGet ? { method: 'GET' } : body !== undefined ? { body } : {}) };
}
