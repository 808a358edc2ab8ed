import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, testRedisUrl, textMessage, type TestRuntime } from './test-runtime';
import { waitForRedis } from './wait-for-redis';

/** Where a Redis answers when REDIS_URL is not set: the one this test must leave alone. */
const defaultRedisUrl = 'redis://127.0.0.1:6379';
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

const greeting = {
  schemaVersion: 1,
  id: 'greeting',
  name: 'Greeting',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['hi'], match: 'exact' } },
    { id: 'hello', type: 'send-message', position: { x: 200, y: 0 }, data: { messages: [{ type: 'text', text: 'Hello from another Redis' }] } },
  ],
  edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'hello' }],
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The keys under `prefix` on the Redis at `url`; none when nothing answers there. */
async function keysWithPrefix(url: string, prefix: string): Promise<string[]> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch {
    return [];
  }
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...found);
    } while (cursor !== '0');
    return keys;
  } finally {
    redis.disconnect();
  }
}

describe.skipIf(!hasRedisServer)(
  hasRedisServer
    ? 'tests on a Redis named by REDIS_URL (not 6379)'
    : 'tests on a Redis named by REDIS_URL: skipped, redis-server is not installed (apt-get install redis-server)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineflow-redis-url-'));
    const savedRedisUrl = process.env.REDIS_URL;
    let server: ChildProcess | undefined;
    let url = '';
    let t: TestRuntime | undefined;

    beforeAll(async () => {
      const port = await freePort();
      url = `redis://127.0.0.1:${port}`;
      server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await waitForRedis(url);
      // What a developer does to run the suite beside another user of 6379.
      process.env.REDIS_URL = url;
      t = await startTestRuntime();
    });

    afterAll(async () => {
      await t?.stop();
      if (savedRedisUrl === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = savedRedisUrl;
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server?.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers a customer with its queue and mailbox keys on that Redis, none on the default one', async () => {
      const runtime = t as TestRuntime;
      expect(testRedisUrl()).toBe(url);
      expect(runtime.config.redisUrl).toBe(url);
      expect((await runtime.api('POST', '/api/workflows', greeting)).status).toBe(201);
      expect((await runtime.api('POST', '/api/workflows/greeting/publish')).status).toBe(201);

      const user = 'Uredisurl000000000000000000000001';
      expect((await runtime.webhook([lineEvent(runtime.line, user, textMessage('hi'))])).status).toBe(200);
      const [answer] = await messagesDelivered(runtime.line, user, 1);
      expect(answer).toMatchObject({ type: 'text', text: 'Hello from another Redis' });

      const prefix = runtime.config.queuePrefix;
      const here = await eventually(
        async () => {
          const keys = await keysWithPrefix(url, prefix);
          return keys.length > 0 ? keys : null;
        },
        5000,
        `keys under ${prefix} on ${url}`,
      );
      expect(here.every((key) => key.startsWith(`${prefix}:`))).toBe(true);
      expect(await keysWithPrefix(defaultRedisUrl, prefix)).toEqual([]);
    });
  },
);
