import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, setGlobalDispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import { FakeLineServer } from '../testing/fake-line-server';
import { callApi, postWebhook, startRuntimeChild, type RuntimeChild } from '../testing/runtime-child';
import { deleteKeys, lineEvent, testRedisUrl, textMessage } from '../testing/test-runtime';

const redisUrl = testRedisUrl();
const customers = Number(process.env.LOAD_CUSTOMERS ?? 500);
const messagesEach = Number(process.env.LOAD_MESSAGES_EACH ?? 240);

/** Answers every message: the simplest workflow, so the test measures the runtime and the store. */
const thanks = {
  schemaVersion: 1,
  id: 'thanks',
  name: 'Thanks',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'start', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} },
    { id: 'say', type: 'send-message', position: { x: 200, y: 0 }, data: { messages: [{ type: 'text', text: 'Thanks, we got it' }] } },
  ],
  edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'say' }],
};

describe(`${customers} customers writing at once, ${customers * messagesEach} messages, then a restart`, () => {
  const line = new FakeLineServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-load-'));
  const prefix = `lfload-${randomUUID().slice(0, 8)}`;
  const waiting = new Map<string, () => void>();
  let processes: RuntimeChild[] = [];

  /** The web process and one worker process on the same DATA_DIR: both cores work. */
  async function startBoth(): Promise<string> {
    const web = await startRuntimeChild({ dataDir, prefix, lineUrl: line.url, env: { JOB_LOCK_MS: '10000', LINE_TIMEOUT_MS: '5000' } });
    processes = [web];
    if (process.env.LOAD_PROCESSES === '1') return web.url as string;
    processes.push(await startRuntimeChild({ dataDir, prefix, lineUrl: line.url, worker: true, env: { JOB_LOCK_MS: '10000', LINE_TIMEOUT_MS: '5000' } }));
    return web.url as string;
  }

  /** Each customer writes, waits for the answer, then writes again, as people chat. */
  async function chat(url: string, userId: string, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const answered = new Promise<void>((resolve) => waiting.set(userId, resolve));
      const status = await postWebhook(url, [lineEvent(line, userId, textMessage(`message ${i}`))]);
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      await answered;
    }
  }

  beforeAll(async () => {
    setGlobalDispatcher(new Agent({ connections: 128 }));
    await line.start();
    line.onAccepted = (_endpoint, userId) => {
      const resolve = waiting.get(userId);
      waiting.delete(userId);
      resolve?.();
    };
    const url = await startBoth();
    expect((await callApi(url, 'POST', '/api/workflows', thanks)).status).toBe(201);
    expect((await callApi(url, 'POST', '/api/workflows/thanks/publish', {})).status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    for (const child of processes) await child.kill();
    await line.stop();
    await deleteKeys(redisUrl, prefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every message once, goes on after a restart, and the store holds it all', async () => {
    const users = Array.from({ length: customers }, (_, i) => `Uload${String(i).padStart(28, '0')}`);
    const started = performance.now();
    await Promise.all(users.map((user) => chat(processes[0]?.url as string, user, messagesEach)));
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `sustained load: ${customers * messagesEach} messages answered in ${seconds.toFixed(1)} s (${Math.round((customers * messagesEach) / seconds)}/s)\n`,
    );
    for (const user of users) expect(line.textsTo(user)).toHaveLength(messagesEach);
    expect(line.delivered.filter((d) => d.method === 'reply')).toHaveLength(customers * messagesEach);

    for (const child of processes) await child.kill('SIGTERM');
    const url = await startBoth();
    await Promise.all(users.map((user) => chat(url, user, 1)));
    for (const user of users) expect(line.textsTo(user)).toHaveLength(messagesEach + 1);

    const store = openSqliteStore(dataDir, { searchIndexIntervalMs: 0 });
    try {
      for (const user of users) {
        const inbound = await store.messages.count({ contactId: user, direction: 'in' });
        if (inbound !== messagesEach + 1) {
          const archived = await store.inboundEvents.find({ contactId: user });
          process.stdout.write(
            `DEBUG ${user}: ${inbound} inbound; archive ${archived.length} ${JSON.stringify(archived.map((a) => [a.outcome, a.runId, a.kind]).slice(0, 3))}\n`,
          );
          const msgs = await store.messages.find({ contactId: user }, { sort: { at: 1 } });
          process.stdout.write(`DEBUG first msgs ${JSON.stringify(msgs.slice(0, 4).map((m) => [m.id, m.direction, m.conversationId]))}\n`);
        }
      }
      expect(await store.messages.count({ direction: 'in' })).toBe(customers * (messagesEach + 1));
      expect(await store.messages.count({ direction: 'out' })).toBe(customers * (messagesEach + 1));
      expect(await store.runs.count({ status: 'completed' })).toBe(customers * (messagesEach + 1));
      expect(await store.effects.count({ state: { $in: ['pending', 'started'] } })).toBe(0);
      expect(await store.deadLetters.count({})).toBe(0);
      // Both processes of each run did work: the web process and the worker beside it.
      const byProcess = new Map<string, number>();
      for (const user of users.slice(0, 50)) {
        for (const event of await store.inboundEvents.find({ contactId: user }))
          byProcess.set(String(event.handledBy), (byProcess.get(String(event.handledBy)) ?? 0) + 1);
      }
      process.stdout.write(`events of the first 50 customers by process: ${JSON.stringify(Object.fromEntries(byProcess))}\n`);
      if (process.env.LOAD_PROCESSES !== '1') expect(byProcess.size).toBeGreaterThanOrEqual(3);
    } finally {
      await store.close();
    }
  }, 1_200_000);
});
