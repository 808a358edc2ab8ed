import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { allFakeLineRoutes } from './fake-line/all-routes';
import { validateLineRequest } from './fake-line/validate-line-request';

export interface FakeLineCall {
  /** The core endpoints by name; endpoints added with `use()` name themselves. */
  endpoint: 'reply' | 'push' | 'profile' | 'quota' | 'consumption' | 'other' | (string & {});
  /** The channel access token the call carried (which channel made it). */
  token?: string;
  /** The user the call was about, where LINE would know it (reply token, push target, profile). */
  userId?: string;
  status: number;
  body: any;
  retryKey?: string;
  at: number;
}

export interface Delivered {
  userId: string;
  method: 'reply' | 'push';
  messages: any[];
  /** The channel access token of the request that delivered them. */
  token?: string;
}

/** What an added endpoint sees of a request. */
export interface FakeLineRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON, or undefined when the body is not JSON. */
  body: any;
  rawBody: Buffer;
  contentType: string;
  token: string;
}

/** An added endpoint's answer: JSON `payload`, or `raw` bytes (images, message content). */
export interface FakeLineAnswer {
  status: number;
  endpoint: string;
  payload?: unknown;
  raw?: { body: Buffer; contentType: string };
}

/** An endpoint added with `use()`: answers, or returns undefined to let the next one try. */
export type FakeLineRoute = (request: FakeLineRequest, fake: FakeLineServer) => Promise<FakeLineAnswer | undefined> | FakeLineAnswer | undefined;

type Failure = { status: number; message: string; apply?: boolean };

/**
 * A stand-in for api.line.me on loopback that behaves as LINE does: a reply token works once
 * (then "Invalid reply token"), a push retry key accepted once answers 409 afterwards, more than
 * 5 messages is a 400, and failures (429, 500) can be injected, also after the message went out.
 */
export class FakeLineServer {
  readonly calls: FakeLineCall[] = [];
  readonly delivered: Delivered[] = [];
  readonly profiles = new Map<string, Record<string, string>>();
  private readonly tokenUsers = new Map<string, string>();
  private readonly usedTokens = new Set<string>();
  private readonly acceptedKeys = new Set<string>();
  private readonly failures: Record<'reply' | 'push', Failure[]> = { reply: [], push: [] };
  private randomFailure: { rate: number; statuses: number[]; appliedShare: number } | null = null;
  private server: Server | undefined;
  private readonly routes: FakeLineRoute[] = [...allFakeLineRoutes];
  url = '';
  /** Called when a reply or push has been taken, before LINE answers: tests crash workers here. */
  onAccepted: ((endpoint: 'reply' | 'push', userId: string) => void | Promise<void>) | undefined;
  /** Called when a profile is asked for, before the answer. */
  onProfile: ((userId: string) => void | Promise<void>) | undefined;

  async start(): Promise<this> {
    // A request the fake cannot read (or a test hook that throws) answers 500 instead of an unhandled rejection.
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) =>
        (res.headersSent ? res : res.writeHead(500, { 'content-type': 'application/json' })).end(JSON.stringify({ message: String(error) })),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Adds endpoints (rich menus, validation, bot info…), tried before the core ones, in order. */
  use(...routes: FakeLineRoute[]): this {
    this.routes.push(...routes);
    return this;
  }

  /** Tells the fake which user a reply token belongs to (LINE knows it from the webhook). */
  issueReplyToken(token: string, userId: string): void {
    this.tokenUsers.set(token, userId);
  }

  /** The next `count` calls to an endpoint fail; with `apply`, the message goes out before the error. */
  failNext(endpoint: 'reply' | 'push', count: number, status: number, options: { apply?: boolean; message?: string } = {}): void {
    for (let i = 0; i < count; i++) this.failures[endpoint].push({ status, message: options.message ?? `fake ${status}`, apply: options.apply });
  }

  /**
   * A storm: each reply/push fails with one of `statuses` with probability `rate`; a share of the
   * 5xx failures happen after LINE took the request (the sender cannot know it went out).
   */
  storm(rate: number, statuses: number[], appliedShare = 0): void {
    this.randomFailure = rate > 0 ? { rate, statuses, appliedShare } : null;
  }

  messagesTo(userId: string): any[] {
    return this.delivered.filter((d) => d.userId === userId).flatMap((d) => d.messages);
  }

  textsTo(userId: string): string[] {
    return this.messagesTo(userId).map((m) => m.text ?? `[${m.type}]`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    const body = parseJson(rawBody);
    const [path = '', search = ''] = (req.url ?? '').split('?');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const profileMatch = /^\/v2\/bot\/profile\/([^/]+)$/.exec(path);
    const userId = profileMatch
      ? decodeURIComponent(profileMatch[1])
      : (body?.to ?? (body?.replyToken ? this.tokenUsers.get(String(body.replyToken)) : undefined));
    const send = (status: number, payload: unknown, endpoint: FakeLineCall['endpoint'], retryKey?: string) => {
      this.calls.push({ endpoint, token, userId, status, body, retryKey, at: Date.now() });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (!token) return send(401, { message: 'Authentication failed' }, 'other');
    const request: FakeLineRequest = { method: req.method ?? 'GET', path, query: new URLSearchParams(search), body, rawBody, contentType, token };
    for (const route of this.routes) {
      const answer = await route(request, this);
      if (!answer) continue;
      if (!answer.raw) return send(answer.status, answer.payload ?? {}, answer.endpoint);
      this.calls.push({ endpoint: answer.endpoint, token, status: answer.status, body, at: Date.now() });
      res.writeHead(answer.status, { 'content-type': answer.raw.contentType });
      res.end(answer.raw.body);
      return;
    }
    if (req.method === 'POST' && path === '/v2/bot/message/reply') return this.reply(body, token, send);
    if (req.method === 'POST' && path === '/v2/bot/message/push') return this.push(body, token, String(req.headers['x-line-retry-key'] ?? ''), send);
    if (req.method === 'GET' && profileMatch) {
      await this.onProfile?.(userId as string);
      const found = this.profiles.get(userId as string);
      return found ? send(200, found, 'profile') : send(404, { message: 'Not found' }, 'profile');
    }
    if (req.method === 'GET' && path === '/v2/bot/message/quota') return send(200, { type: 'limited', value: 1000 }, 'quota');
    if (req.method === 'GET' && path === '/v2/bot/message/quota/consumption') {
      return send(200, { totalUsage: this.delivered.filter((d) => d.method === 'push').length }, 'consumption');
    }
    send(404, { message: 'Not found' }, 'other');
  }

  private async reply(body: any, token: string, send: (s: number, p: unknown, e: FakeLineCall['endpoint']) => void): Promise<void> {
    const invalid = checkMessages(body?.messages);
    if (invalid) return send(400, { message: invalid }, 'reply');
    const replyToken = String(body?.replyToken ?? '');
    const userId = this.tokenUsers.get(replyToken);
    if (!userId || this.usedTokens.has(replyToken)) return send(400, { message: 'Invalid reply token' }, 'reply');
    const failure = this.nextFailure('reply');
    if (failure && !failure.apply) return send(failure.status, { message: failure.message }, 'reply');
    this.usedTokens.add(replyToken);
    this.delivered.push({ userId, method: 'reply', messages: body.messages, token });
    await this.onAccepted?.('reply', userId);
    if (failure) return send(failure.status, { message: failure.message }, 'reply');
    send(200, { sentMessages: body.messages.map((_: unknown, i: number) => ({ id: String(i) })) }, 'reply');
  }

  private async push(
    body: any,
    token: string,
    retryKey: string,
    send: (s: number, p: unknown, e: FakeLineCall['endpoint'], k?: string) => void,
  ): Promise<void> {
    const invalid = checkMessages(body?.messages);
    if (invalid) return send(400, { message: invalid }, 'push', retryKey);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(retryKey)) {
      return send(400, { message: 'The retry key is not a UUID' }, 'push', retryKey);
    }
    if (this.acceptedKeys.has(retryKey)) return send(409, { message: 'The retry key is already accepted' }, 'push', retryKey);
    const failure = this.nextFailure('push');
    if (failure && !failure.apply) return send(failure.status, { message: failure.message }, 'push', retryKey);
    this.acceptedKeys.add(retryKey);
    this.delivered.push({ userId: String(body.to), method: 'push', messages: body.messages, token });
    await this.onAccepted?.('push', String(body.to));
    if (failure) return send(failure.status, { message: failure.message }, 'push', retryKey);
    send(200, { sentMessages: body.messages.map((_: unknown, i: number) => ({ id: String(i) })) }, 'push', retryKey);
  }

  private nextFailure(endpoint: 'reply' | 'push'): Failure | undefined {
    const queued = this.failures[endpoint].shift();
    if (queued) return queued;
    if (this.randomFailure && Math.random() < this.randomFailure.rate) {
      const statuses = this.randomFailure.statuses;
      const status = statuses[Math.floor(Math.random() * statuses.length)];
      return { status, message: `storm ${status}`, apply: status >= 500 && Math.random() < this.randomFailure.appliedShare };
    }
    return undefined;
  }
}

/**
 * LINE's verdict on the messages of a reply or push, by the vendored schemas (fake-line/validate-line-request.ts).
 * The route `refuseInvalidSends` answers such bodies first, with LINE's details; this is the fallback for a fake without it.
 */
function checkMessages(messages: unknown): string | null {
  return validateLineRequest('messages', { messages })?.message ?? null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): any {
  const text = raw.toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
