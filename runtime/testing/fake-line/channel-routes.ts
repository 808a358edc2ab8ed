import { createHmac } from 'node:crypto';
import type { FakeLineAnswer, FakeLineRequest, FakeLineRoute, FakeLineServer } from '../fake-line-server';

/** A LINE Official Account the fake knows, by its channel access token. */
export interface FakeBot {
  token: string;
  /** The channel secret LINE signs this channel's webhooks with. */
  secret: string;
  userId: string;
  basicId: string;
  displayName: string;
  pictureUrl?: string;
  /** LINE's monthly quota; default `{ type: 'limited', value: 1000 }`. */
  quota?: { type: 'none' | 'limited'; value?: number };
  /** Messages counted this month before the test's own pushes (to bring a channel near its quota). */
  usedBefore?: number;
  /** LINE's "Use webhook" switch; default on. */
  webhookActive?: boolean;
  /** The webhook URL LINE was told (`PUT /v2/bot/channel/webhook/endpoint`). */
  endpoint?: string;
}

/** A test webhook the fake sent, and what the endpoint answered. */
export interface FakeWebhookTest {
  token: string;
  endpoint: string;
  statusCode: number;
  body: string;
}

/**
 * The channel side of the fake LINE API: bots registered by token (`fakeChannels(fake).register`),
 * their webhook URL and test, their quota. LINE takes only HTTPS webhook URLs; tests run LineFlow
 * on http://127.0.0.1, so while `acceptLoopbackHttp` is on (the default: it stands for the HTTPS
 * proxy in front of LineFlow in production) http is taken for loopback hosts only — any other
 * http:// URL is refused as LINE refuses it.
 */
export class FakeChannels {
  readonly bots = new Map<string, FakeBot>();
  readonly webhookTests: FakeWebhookTest[] = [];
  acceptLoopbackHttp = true;

  constructor(private readonly fake: FakeLineServer) {}

  register(bot: FakeBot): FakeBot {
    this.bots.set(bot.token, bot);
    return bot;
  }

  /** Messages LINE counts against this bot's quota this month. */
  used(bot: FakeBot): number {
    return (bot.usedBefore ?? 0) + this.fake.delivered.filter((d) => d.method === 'push' && d.token === bot.token).length;
  }

  /** Why LINE would refuse this webhook URL, or null. */
  refuse(endpoint: unknown): string | null {
    if (typeof endpoint !== 'string' || endpoint.length === 0 || endpoint.length > 500) return 'must be a URL of 1 to 500 characters';
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      return 'must be a valid URL';
    }
    if (url.protocol === 'https:') return null;
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback && this.acceptLoopbackHttp ? null : 'must be an HTTPS URL';
  }
}

const states = new WeakMap<FakeLineServer, FakeChannels>();

/** The channel state of one fake LINE server (made on first use). */
export function fakeChannels(fake: FakeLineServer): FakeChannels {
  let state = states.get(fake);
  if (!state) states.set(fake, (state = new FakeChannels(fake)));
  return state;
}

const unauthorized: FakeLineAnswer = {
  status: 401,
  endpoint: 'other',
  payload: { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' },
};
const invalidEndpoint = (endpoint: string, why: string): FakeLineAnswer => ({
  status: 400,
  endpoint,
  payload: { message: 'The request body has 1 error(s)', details: [{ message: why, property: 'endpoint' }] },
});

const botInfo: FakeLineRoute = (request, fake) => {
  if (request.method !== 'GET' || request.path !== '/v2/bot/info') return undefined;
  const bot = fakeChannels(fake).bots.get(request.token);
  if (!bot) return { ...unauthorized, endpoint: 'bot-info' };
  const { userId, basicId, displayName, pictureUrl } = bot;
  return {
    status: 200,
    endpoint: 'bot-info',
    payload: { userId, basicId, displayName, ...(pictureUrl ? { pictureUrl } : {}), chatMode: 'bot', markAsReadMode: 'auto' },
  };
};

const webhookEndpoint: FakeLineRoute = (request, fake) => {
  if (request.path !== '/v2/bot/channel/webhook/endpoint') return undefined;
  const channels = fakeChannels(fake);
  const bot = channels.bots.get(request.token);
  if (!bot) return { ...unauthorized, endpoint: 'webhook-endpoint' };
  if (request.method === 'GET')
    return { status: 200, endpoint: 'webhook-endpoint', payload: { endpoint: bot.endpoint ?? '', active: bot.webhookActive ?? true } };
  if (request.method !== 'PUT') return undefined;
  const refused = channels.refuse(request.body?.endpoint);
  if (refused) return invalidEndpoint('webhook-endpoint', refused);
  bot.endpoint = String(request.body.endpoint);
  return { status: 200, endpoint: 'webhook-endpoint', payload: {} };
};

/** LINE's "Verify": a signed `{ destination, events: [] }` POSTed to the URL, and what came back. */
const webhookTest: FakeLineRoute = async (request: FakeLineRequest, fake) => {
  if (request.method !== 'POST' || request.path !== '/v2/bot/channel/webhook/test') return undefined;
  const channels = fakeChannels(fake);
  const bot = channels.bots.get(request.token);
  if (!bot) return { ...unauthorized, endpoint: 'webhook-test' };
  const given: unknown = request.body?.endpoint ?? bot.endpoint;
  if (!given) return { status: 400, endpoint: 'webhook-test', payload: { message: 'The webhook URL is not set' } };
  const endpoint = typeof given === 'string' ? given : JSON.stringify(given);
  const refused = channels.refuse(endpoint);
  if (refused) return invalidEndpoint('webhook-test', refused);
  const body = JSON.stringify({ destination: bot.userId, events: [] });
  const signature = createHmac('sha256', bot.secret).update(body).digest('base64');
  const timestamp = new Date().toISOString();
  let result: { success: boolean; statusCode: number; reason: string; detail: string };
  try {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature, 'user-agent': 'LineBotWebhook/2.0' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    });
    const text = await answer.text();
    channels.webhookTests.push({ token: bot.token, endpoint: endpoint, statusCode: answer.status, body: text });
    const ok = answer.status >= 200 && answer.status < 300;
    result = { success: ok, statusCode: answer.status, reason: ok ? 'OK' : 'ERROR_STATUS_CODE', detail: String(answer.status) };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    channels.webhookTests.push({ token: bot.token, endpoint: endpoint, statusCode: 0, body: '' });
    result = { success: false, statusCode: 0, reason: timedOut ? 'REQUEST_TIMEOUT' : 'COULD_NOT_CONNECT', detail: timedOut ? 'timeout' : 'connection refused' };
  }
  return { status: 200, endpoint: 'webhook-test', payload: { ...result, timestamp } };
};

/** Each registered bot's own quota; other tokens get the core fake's. */
const quota: FakeLineRoute = (request, fake) => {
  if (request.method !== 'GET' || !request.path.startsWith('/v2/bot/message/quota')) return undefined;
  const channels = fakeChannels(fake);
  const bot = channels.bots.get(request.token);
  if (!bot) return undefined;
  if (request.path === '/v2/bot/message/quota') return { status: 200, endpoint: 'quota', payload: bot.quota ?? { type: 'limited', value: 1000 } };
  if (request.path === '/v2/bot/message/quota/consumption') return { status: 200, endpoint: 'consumption', payload: { totalUsage: channels.used(bot) } };
  return undefined;
};

export const channelRoutes: FakeLineRoute[] = [botInfo, webhookEndpoint, webhookTest, quota];
