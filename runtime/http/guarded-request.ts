import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { AddressPolicy } from './address-policy';

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
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
  maxRedirects: number;
}

/** Why a request got no answer: refused by the address policy, too slow, too large, or the network. */
export class HttpRequestError extends Error {
  override name = 'HttpRequestError';
  constructor(
    readonly kind: 'refused' | 'timeout' | 'too-large' | 'network' | 'bad-url',
    message: string,
  ) {
    super(message);
  }
}

/**
 * An HTTP request to an outside system, for the HTTP step: the address each host name resolves
 * to is checked by the policy and the connection is made to that checked address (no second
 * look-up an attacker could answer differently); redirects are followed by hand and checked
 * again; the whole exchange has a deadline and the body a size cap.
 */
export async function guardedRequest(request: OutgoingRequest, options: GuardOptions): Promise<HttpAnswer> {
  const deadline = Date.now() + options.timeoutMs;
  let current = { ...request };
  for (let hop = 0; ; hop++) {
    const answer = await once(current, options, deadline);
    const location = answer.location;
    if (location && [301, 302, 303, 307, 308].includes(answer.status)) {
      if (hop >= options.maxRedirects) throw new HttpRequestError('network', `more than ${options.maxRedirects} redirects`);
      const next = new URL(location, current.url).toString();
      const keepsMethod = answer.status === 307 || answer.status === 308;
      current = keepsMethod ? { ...current, url: next } : { method: 'GET', url: next, headers: withoutBodyHeaders(current.headers) };
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
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // Host names are checked as they resolve; an address written in the URL is checked here.
  if (isIP(hostname)) {
    const refusal = options.policy.refusal(hostname, hostname, port);
    if (refusal) return Promise.reject(new HttpRequestError('refused', refusal));
  }
  const checkedLookup: LookupFunction = (host, lookupOptions, callback) => {
    dnsLookup(host, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
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
    const outgoing = send(url, { method: request.method, headers: request.headers, lookup: checkedLookup, timeout: remaining }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          outgoing.destroy(new HttpRequestError('too-large', `the answer is larger than ${options.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), location: response.headers.location }),
      );
      response.on('error', (error) => reject(asRequestError(error)));
    });
    const timer = setTimeout(() => outgoing.destroy(new HttpRequestError('timeout', `no answer within ${Math.round(options.timeoutMs / 1000)} s`)), remaining);
    outgoing.on('close', () => clearTimeout(timer));
    outgoing.on('timeout', () => outgoing.destroy(new HttpRequestError('timeout', `no answer within ${Math.round(options.timeoutMs / 1000)} s`)));
    outgoing.on('error', (error) => reject(asRequestError(error)));
    if (request.body !== undefined) outgoing.write(request.body);
    outgoing.end();
  });
}

function asRequestError(error: unknown): HttpRequestError {
  if (error instanceof HttpRequestError) return error;
  return new HttpRequestError('network', error instanceof Error ? error.message : String(error));
}

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(content-type|content-length)$/i.test(name)));
}
