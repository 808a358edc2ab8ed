import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLineServer } from '../testing/fake-line-server';
import { deleteKeys, eventually, lineEvent, postback, testAdminToken, testChannelSecret, testRedisUrl, textMessage } from '../testing/test-runtime';

// Round robin on the MongoDB backend, the store of several machines. (Processes on one machine
// sharing the embedded SQLite store under DATA_DIR are covered by fenced-takeover and
// sustained-load.) No MongoDB server can run on our CI machines, so this runs where MONGODB_URI is set.
const mongodbUri = process.env.MONGODB_URI;
const script = fileURLToPath(new URL('../testing/runtime-process.ts', import.meta.url));
const redisUrl = testRedisUrl();

describe.skipIf(!mongodbUri)('round robin across two worker processes (MongoDB)', () => {
  const line = new FakeLineServer();
  const prefix = `lfrr-${randomUUID().slice(0, 8)}`;
  const children: ChildProcess[] = [];
  let url = '';

  function start(args: string[]): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: {
        ...process.env,
        PORT: '0',
        REDIS_URL: redisUrl,
        MONGODB_URI: mongodbUri,
        QUEUE_PREFIX: prefix,
        ADMIN_API_TOKEN: testAdminToken,
        LINE_CHANNEL_SECRET: testChannelSecret,
        LINE_CHANNEL_ACCESS_TOKEN: 'token',
        LINE_API_BASE_URL: line.url,
        WORKER_CONCURRENCY: '4',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`process exited with ${code}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        const ready = chunk
          .toString()
          .split('\n')
          .find((l) => l.includes('"ready"'));
        if (ready) resolve(JSON.parse(ready).url ?? '');
      });
    });
  }

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${testAdminToken}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const webhook = (events: unknown[]) => {
    const raw = JSON.stringify({ destination: 'bot', events });
    return fetch(`${url}/webhook/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': createHmac('sha256', testChannelSecret).update(raw).digest('base64') },
      body: raw,
    });
  };

  beforeAll(async () => {
    await line.start();
    url = await start([]);
    await start(['--worker']);
    const faq = (await import('../../examples/faq-menu.json', { with: { type: 'json' } })).default as any;
    // A database shared with other runs: this run's own team, so earlier runs' agents do not count.
    const team = `Support-${prefix}`;
    const copy = { ...structuredClone(faq), id: `faq-${prefix}` };
    copy.nodes.find((n: any) => n.id === 'assign-support').data.team = team;
    await api('POST', '/api/workflows', copy);
    await api('POST', `/api/workflows/${copy.id}/publish`);
    for (const name of ['rr-a', 'rr-b', 'rr-c'])
      await api('POST', '/api/users', { email: `${name}-${prefix}@example.com`, name, teams: [team], status: 'online' });
  }, 60_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await line.stop();
    await deleteKeys(redisUrl, prefix);
  });

  it('spreads 30 conversations over 3 online agents 10/10/10', async () => {
    const users = Array.from({ length: 30 }, (_, i) => `Urr${prefix.replace(/-/g, '')}${String(i).padStart(3, '0')}`);
    await Promise.all(users.map((user) => webhook([lineEvent(line, user, textMessage('menu'))])));
    await eventually(() => users.every((u) => line.messagesTo(u).length >= 1), 30_000);
    await Promise.all(users.map((user) => webhook([lineEvent(line, user, postback('choice=agent'))])));
    const conversations = await eventually(async () => {
      const all = (await Promise.all(users.map(async (u) => (await api('GET', `/api/conversations?contactId=${u}`)).body.conversations[0]))).filter(Boolean);
      return all.length === 30 && all.every((c: any) => c.assignee) ? all : null;
    }, 30_000);
    const counts = new Map<string, number>();
    for (const c of conversations) counts.set(c.assignee, (counts.get(c.assignee) ?? 0) + 1);
    expect([...counts.values()].sort()).toEqual([10, 10, 10]);
  }, 90_000);
});
