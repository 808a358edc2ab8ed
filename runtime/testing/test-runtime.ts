import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { loadConfig, type RuntimeConfig } from '../config/load-config';
import { startRuntime, type RunningRuntime } from '../app/start-runtime';
import { FakeLineServer } from './fake-line-server';

export const testChannelSecret = 'test-channel-secret-0123456789';
export const testAdminToken = 'test-admin-token-0123456789';
const examplesDir = new URL('../../examples/', import.meta.url);

/**
 * The Redis every test talks to: `REDIS_URL`, default `redis://127.0.0.1:6379` (the runtime's own
 * default and check, from loadConfig), so the suite can run beside another user of that Redis.
 * Each test still takes a fresh key prefix and deletes its keys after.
 */
export function testRedisUrl(): string {
  return loadConfig({ REDIS_URL: process.env.REDIS_URL }).redisUrl;
}

export interface TestRuntime {
  runtime: RunningRuntime;
  line: FakeLineServer | undefined;
  config: RuntimeConfig;
  url: string;
  api: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;
  /** Signs and posts a LINE webhook body. */
  webhook: (events: unknown[], options?: { signature?: string; raw?: string }) => Promise<{ status: number; body: any }>;
  publishExample: (name: string) => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * A real LineFlow (HTTP server, real Redis at testRedisUrl(), BullMQ workers, the embedded SQLite
 * store) with its own queue prefix and data folder, talking to a fake LINE API on loopback unless
 * `simulated` is set.
 */
export async function startTestRuntime(
  options: { simulated?: boolean; env?: Record<string, string>; overrides?: Partial<RuntimeConfig>; now?: () => Date } = {},
): Promise<TestRuntime> {
  const line = options.simulated ? undefined : await new FakeLineServer().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-test-'));
  const queuePrefix = `lftest-${randomUUID().slice(0, 8)}`;
  const config = loadConfig(
    {
      PORT: '0',
      REDIS_URL: testRedisUrl(),
      DATA_DIR: dataDir,
      QUEUE_PREFIX: queuePrefix,
      ADMIN_API_TOKEN: testAdminToken,
      JOB_LOCK_MS: '3000',
      LINE_TIMEOUT_MS: '2000',
      ...(line ? { LINE_CHANNEL_SECRET: testChannelSecret, LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token', LINE_API_BASE_URL: line.url } : {}),
      ...options.env,
    },
    options.overrides,
  );
  const runtime = await startRuntime(config, { log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), ...(options.now ? { now: options.now } : {}) });
  const url = runtime.url as string;

  const api: TestRuntime['api'] = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${testAdminToken}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  const webhook: TestRuntime['webhook'] = async (events, opts = {}) => {
    const raw = opts.raw ?? JSON.stringify({ destination: 'Uf0000000000000000000000000000bot', events });
    const signature = opts.signature ?? createHmac('sha256', testChannelSecret).update(raw).digest('base64');
    const response = await fetch(`${url}/webhook/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature },
      body: raw,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  const publishExample = async (name: string) => {
    const document = JSON.parse(readFileSync(new URL(`${name}.json`, examplesDir), 'utf8'));
    const created = await api('POST', '/api/workflows', document);
    if (created.status !== 201) throw new Error(`creating ${name}: ${JSON.stringify(created.body)}`);
    const published = await api('POST', `/api/workflows/${name}/publish`);
    if (published.status !== 201) throw new Error(`publishing ${name}: ${JSON.stringify(published.body)}`);
    return published.body.version as number;
  };

  const stop = async () => {
    await runtime.stop();
    await line?.stop();
    await deleteKeys(config.redisUrl, queuePrefix);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { runtime, line, config, url, api, webhook, publishExample, stop };
}

export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
}

let sequence = 0;
/** A LINE webhook event as LINE sends it; registers its reply token with the fake LINE server. */
export function lineEvent(line: FakeLineServer | undefined, userId: string, body: Record<string, unknown>, at = Date.now()) {
  const replyToken = randomUUID().replace(/-/g, '');
  line?.issueReplyToken(replyToken, userId);
  sequence++;
  return {
    mode: 'active',
    timestamp: at,
    webhookEventId: `01TEST${String(sequence).padStart(8, '0')}${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId },
    replyToken,
    ...body,
  };
}

export const textMessage = (text: string) => ({ type: 'message', message: { id: String(Date.now()), type: 'text', text, quoteToken: 'q' } });
export const postback = (data: string) => ({ type: 'postback', postback: { data } });

/** Polls until `check` returns a truthy value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${last instanceof Error ? String(last) : JSON.stringify(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until the fake LINE server has delivered at least `count` messages to the user; returns them all. */
export async function messagesDelivered(line: FakeLineServer | undefined, userId: string, count: number, timeoutMs = 10_000): Promise<any[]> {
  if (!line) throw new Error('no fake LINE server in this test runtime');
  return eventually(() => (line.messagesTo(userId).length >= count ? line.messagesTo(userId) : null), timeoutMs, `${count} messages to ${userId}`);
}
