import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AddressPolicy } from './address-policy';
import type { CredentialSource } from './attach-credential';
import { redirectedRequest } from './follow-redirect';
import { guardedRequest, HttpRequestError, type OutgoingRequest } from './guarded-request';

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback server that records what it is sent; `/go?to=<url>&status=<n>` redirects, anything else answers 200. */
async function recordingServer(): Promise<{ server: Server; origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const url = new URL(req.url ?? '/', 'http://x');
      const to = url.searchParams.get('to');
      if (url.pathname === '/go' && to) return void res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: to }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`landed ${req.method}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, seen };
}

const secretHeaders = {
  Authorization: 'Bearer step-token',
  'Proxy-Authorization': 'Basic cHJveHk6cHc=',
  Cookie: 'session=abc',
  'X-Api-Key': 'step-api-key',
  'Private-Token': 'gitlab-token',
};
const secretNames = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'private-token', 'x-crm-key'];

describe('redirects: credentials stay with their origin (two real loopback servers)', () => {
  let a: Awaited<ReturnType<typeof recordingServer>>;
  let b: Awaited<ReturnType<typeof recordingServer>>;
  let policy: AddressPolicy;
  const credentials: CredentialSource = async (name) => (name === 'crm' ? { name, allowedOrigin: a.origin, headers: { 'X-Crm-Key': 'named-secret' } } : null);
  const send = (request: Partial<OutgoingRequest> & { url: string }, maxRedirects = 5) =>
    guardedRequest({ method: 'GET', headers: {}, ...request }, { policy, timeoutMs: 3000, maxBytes: 10_000, maxRedirects, credentials });
  const go = (from: string, to: string, status = 302) => `${from}/go?status=${status}&to=${encodeURIComponent(to)}`;

  beforeAll(async () => {
    a = await recordingServer();
    b = await recordingServer();
    policy = new AddressPolicy([a.origin.replace('http://', ''), b.origin.replace('http://', '')]);
  });
  beforeEach(() => {
    a.seen.length = 0;
    b.seen.length = 0;
  });
  afterAll(async () => {
    for (const s of [a, b]) await new Promise<void>((resolve) => s.server.close(() => resolve()));
  });

  it('drops Authorization, Proxy-Authorization, Cookie, secret-looking headers and the named credential on a redirect to another port', async () => {
    const answer = await send({ url: go(a.origin, `${b.origin}/landing`), headers: { ...secretHeaders, 'X-Request-Id': 'r-1' }, credential: 'crm' });
    expect(answer).toMatchObject({ status: 200, url: `${b.origin}/landing` });
    expect(a.seen[0].headers).toMatchObject({ authorization: 'Bearer step-token', 'x-api-key': 'step-api-key', 'x-crm-key': 'named-secret' });
    expect(b.seen).toHaveLength(1);
    for (const name of secretNames) expect(b.seen[0].headers[name], name).toBeUndefined();
    expect(JSON.stringify(b.seen[0].headers)).not.toMatch(/step-token|step-api-key|named-secret|gitlab-token|session=abc/);
    expect(b.seen[0].headers['x-request-id']).toBe('r-1');
  });

  it('keeps them on a redirect within the same origin', async () => {
    await send({
      url: go(a.origin, '/landing', 307),
      method: 'POST',
      body: '{"x":1}',
      headers: { ...secretHeaders, 'content-type': 'application/json' },
      credential: 'crm',
    });
    expect(a.seen.map((s) => s.path)).toEqual([expect.stringMatching(/^\/go/), '/landing']);
    expect(a.seen[1].headers).toMatchObject({
      authorization: 'Bearer step-token',
      'proxy-authorization': 'Basic cHJveHk6cHc=',
      cookie: 'session=abc',
      'x-api-key': 'step-api-key',
      'x-crm-key': 'named-secret',
    });
    expect(a.seen[1]).toMatchObject({ method: 'POST', body: '{"x":1}' });
  });

  it('does not send them back when a later hop returns to the first origin', async () => {
    await send({ url: go(a.origin, go(b.origin, `${a.origin}/home`)), headers: secretHeaders, credential: 'crm' });
    expect(a.seen.map((s) => s.path)).toEqual([expect.stringMatching(/^\/go/), '/home']);
    for (const name of secretNames) expect(a.seen[1].headers[name], name).toBeUndefined();
  });

  it('refuses a named credential for a URL of another origin before sending anything', async () => {
    const error = await send({ url: `${b.origin}/tickets`, credential: 'crm' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).kind).toBe('credential');
    expect((error as HttpRequestError).message).toBe(
      `the credential "crm" may be sent only to ${a.origin}, not to ${b.origin}: change the step's URL or the credential's origin`,
    );
    expect((await send({ url: `${a.origin}/x`, credential: 'gone' }).catch((e: unknown) => e)) as Error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('the credential "gone" does not exist'),
    });
    expect([a.seen.length, b.seen.length]).toEqual([0, 0]);
  });

  it('turns a POST into a GET without body on 303 (and on 301/302), keeps method and body on 307/308', async () => {
    const post = { method: 'POST', body: '{"n":1}', headers: { 'content-type': 'application/json', 'Idempotency-Key': 'k1' } };
    for (const status of [301, 302, 303, 307, 308]) await send({ ...post, url: go(a.origin, '/landing', status) });
    const landings = a.seen.filter((s) => s.path === '/landing');
    expect(landings.map((s) => [s.method, s.body, s.headers['content-type'] ?? null])).toEqual([
      ['GET', '', null],
      ['GET', '', null],
      ['GET', '', null],
      ['POST', '{"n":1}', 'application/json'],
      ['POST', '{"n":1}', 'application/json'],
    ]);
    expect(landings.every((s) => s.headers['idempotency-key'] === 'k1')).toBe(true);
    // fetch: a 303 after a PUT becomes a GET too; a 302 after a PUT keeps the PUT.
    await send({ method: 'PUT', body: '{}', headers: {}, url: go(a.origin, '/after-303', 303) });
    await send({ method: 'PUT', body: '{}', headers: {}, url: go(a.origin, '/after-302', 302) });
    expect(a.seen.filter((s) => s.path.startsWith('/after')).map((s) => [s.path, s.method])).toEqual([
      ['/after-303', 'GET'],
      ['/after-302', 'PUT'],
    ]);
  });

  it('follows at most 5 redirects', async () => {
    let chain = `${a.origin}/end`;
    for (let i = 0; i < 5; i++) chain = go(a.origin, chain);
    expect((await send({ url: chain })).status).toBe(200);
    const error = await send({ url: go(a.origin, chain) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', message: 'more than 5 redirects' });
  });

  it('checks every hop against the address policy', async () => {
    for (const target of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.1]:9/', 'http://[::1]:9/', 'http://2130706433/']) {
      const error = await send({ url: go(a.origin, target) }).catch((e: unknown) => e);
      expect(error, target).toMatchObject({ kind: 'refused', message: expect.stringContaining('a private or reserved address') });
    }
    expect(b.seen).toHaveLength(0);
  });
});

describe('redirectedRequest: what counts as another origin', () => {
  const request: OutgoingRequest = {
    method: 'GET',
    url: 'https://crm.example.com/a',
    headers: { Authorization: 'Bearer t', 'X-Crm-Key': 'k', Accept: 'json' },
  };
  it.each([
    ['http://crm.example.com/b', 'scheme'],
    ['https://crm.example.com:8443/b', 'port'],
    ['https://evil.example.com/b', 'host'],
    ['https://sub.crm.example.com/b', 'subdomain'],
  ])('drops credentials for %s (%s differs)', (to) => {
    expect(redirectedRequest(request, 302, new URL(to), new Set(['x-crm-key'])).headers).toEqual({ Accept: 'json' });
  });
  it('keeps them for the same origin, written with its default port', () => {
    expect(redirectedRequest(request, 302, new URL('https://crm.example.com:443/b'), new Set(['x-crm-key'])).headers).toEqual(request.headers);
  });
});
