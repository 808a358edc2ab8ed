import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { AddressPolicy } from './address-policy';
import { attachCredential, type CredentialSource } from './attach-credential';
import { isRedirect, redirectedRequest } from './follow-redirect';
import { HttpRequestError } from './http-request-error';

export { HttpRequestError } from './http-request-error';

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The name of a stored credential to attach at send time; only the name is ever stored with the effect. */
  credential?: string;
}

export interface HttpAnswer {
  status: number;
  body: string;
  /** Where the answer came from, after redirects. */
  url: string;
}

export interface GuardOptions {
  policy: AddressPolicy;
  timeoutMs: number;
  /** Bytes of response body read at most. */
  maxBytes: number;
  /** Redirects followed at most (the HTTP step: 5); one more is an error. */
  maxRedirects: number;
  /** Where a request's `credential` is looked up; without it such a request fails. */
  credentials?: CredentialSource;
}

/**
 * An HTTP request to an outside system, for the HTTP step: the address each host name resolves
 * to is checked by the policy and the connection is made to that checked address (the checked
 * list is handed to the socket, no second look-up an attacker could answer differently, and no
 * pooled socket is reused: `agent: false`). Redirects are followed by hand, each hop checked
 * again, with the fetch standard's rules (follow-redirect.ts): credentials are dropped when the
 * origin changes. A named credential is attached only when the first URL is its origin. The
 * whole exchange has a deadline and the body a size cap.
 */
export async function guardedRequest(request: OutgoingRequest, options: GuardOptions): Promise<HttpAnswer> {
  const deadline = Date.now() + options.timeoutMs;
  const { request: first, credentialHeaders } = await attachCredential(request, options.credentials);
  let current = first;
  for (let hop = 0; ; hop++) {
    const answer = await once(current, options, deadline);
    if (answer.location !== undefined && isRedirect(answer.status)) {
      if (hop >= options.maxRedirects) throw new HttpRequestError('network', `more than ${options.maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(answer.location, current.url);
      } catch {
        throw new HttpRequestError('bad-url', `the server redirected to "${answer.location.slice(0, 200)}", which is not a URL`);
      }
      current = redirectedRequest(current, answer.status, next, credentialHeaders);
      continue;
    }
    return { status: answer.status, body: answer.body, url: current.url };
  }
}

function once(request: OutgoingRequest, options: GuardOptions, deadline: number): Promise<{ status: number; body: string; location?: string }> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return Promise.reject(new HttpRequestError('bad-url', `"${request.url}" is not a URL`));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return Promise.reject(new HttpRequestError('bad-url', `only http and https URLs, not ${url.protocol}`));
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  // The URL parser has already turned 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 into 127.0.0.1.
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // Host names are checked as they resolve; an address written in the URL is checked here (Node does not look it up).
  if (isIP(hostname)) {
    const refusal = options.policy.refusal(hostname, hostname, port);
    if (refusal) return Promise.reject(new HttpRequestError('refused', refusal));
  }
  const checkedLookup: LookupFunction = (host, lookupOptions, callback) => {
    dnsLookup(host, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      // Every address is checked: the socket may try each of them (happy eyeballs).
      for (const { address } of list) {
        const refusal = options.policy.refusal(host, address, port);
        if (refusal) return callback(new HttpRequestError('refused', refusal), '', 0);
      }
      const first = list[0];
      if (!first) return callback(new Error(`${host} has no address`), '', 0);
      if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new HttpRequestError('timeout', 'no answer in time'));
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const tooSlow = () => new HttpRequestError('timeout', `no answer within ${Math.round(options.timeoutMs / 1000)} s`);
    let outgoing: ReturnType<typeof send> | undefined;
    const onResponse = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) return void outgoing?.destroy(new HttpRequestError('too-large', `the answer is larger than ${options.maxBytes} bytes`));
        chunks.push(chunk);
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), location: response.headers.location }),
      );
      response.on('error', (error) => reject(asRequestError(error)));
    };
    try {
      outgoing = send(url, { method: request.method, headers: request.headers, lookup: checkedLookup, timeout: remaining, agent: false }, onResponse);
    } catch (error) {
      // A header value Node refuses (a newline from a placeholder) throws here, before anything is sent.
      return reject(new HttpRequestError('bad-url', `the request cannot be sent: ${error instanceof Error ? error.message : String(error)}`));
    }
    const sent = outgoing;
    const timer = setTimeout(() => sent.destroy(tooSlow()), remaining);
    sent.on('close', () => clearTimeout(timer));
    sent.on('timeout', () => sent.destroy(tooSlow()));
    sent.on('error', (error) => reject(asRequestError(error)));
    if (request.body !== undefined) sent.write(request.body);
    sent.end();
  });
}

function asRequestError(error: unknown): HttpRequestError {
  if (error instanceof HttpRequestError) return error;
  return new HttpRequestError('network', error instanceof Error ? error.message : String(error));
}
