import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import type { Store } from '../store/store';
import { FakeLineServer } from '../testing/fake-line-server';
import { callApi, startRuntimeChild, type RuntimeChild } from '../testing/runtime-child';
import { deleteKeys, eventually, testRedisUrl } from '../testing/test-runtime';
import { startSignedReceiver, type SignedReceiver } from './testing/signed-receiver';

/** Two real runtime processes on one SQLite file, both dispatching: every event reaches the receiver once. */
describe('event deliveries across processes', () => {
  const line = new FakeLineServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-data-out-'));
  const prefix = `lfout-${randomUUID().slice(0, 8)}`;
  const children: RuntimeChild[] = [];
  let receiver: SignedReceiver;
  let store: Store;

  beforeAll(async () => {
    await line.start();
    receiver = await startSignedReceiver();
    const env = { HTTP_ALLOWLIST: `127.0.0.1:${receiver.port}` };
    children.push(await startRuntimeChild({ dataDir, prefix, lineUrl: line.url, env }));
    children.push(await startRuntimeChild({ dataDir, prefix, lineUrl: line.url, env, worker: true }));
    store = openSqliteStore(dataDir, { searchIndexIntervalMs: 0 });
  }, 30_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill('SIGTERM')));
    await store?.close();
    await receiver?.stop();
    await line.stop();
    await deleteKeys(testRedisUrl(), prefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('claims each attempt in one process: 200 events, 200 deliveries, no duplicates, both processes sending', async () => {
    const created = await callApi(children[0].url as string, 'POST', '/api/event-subscriptions', { url: receiver.url, events: ['message.sent'] });
    expect(created.status).toBe(201);
    receiver.secret = created.body.secret;
    // Slow enough that one process (4 attempts at a time) cannot clear the backlog before the other joins in.
    receiver.answerDelayMs = 40;
    // The worker process reads the new subscription within its 2 s refresh.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const at = new Date().toISOString();
    for (let i = 0; i < 200; i++) {
      await store.domainEvents.put({ id: `de-multi-${i}`, type: 'message.sent', at, contactId: `U${i}`, data: { n: i } });
    }

    await eventually(async () => (await store.eventDeliveries.count({ status: 'delivered' })) === 200, 30_000, '200 deliveries');
    const ids = receiver.received.map((r) => String(r.headers['x-lineflow-delivery']));
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const attempts = await store.eventDeliveryAttempts.find({ subscriptionId: created.body.id });
    expect(attempts).toHaveLength(200);
    expect(new Set(attempts.map((a) => a.by)).size).toBe(2);
    expect(await store.domainEvents.count()).toBe(0);
  }, 40_000);
});
