import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLineServer } from '../testing/fake-line-server';
import { callApi, postWebhook, startRuntimeChild, type RuntimeChild } from '../testing/runtime-child';
import { deleteKeys, eventually, lineEvent, testRedisUrl, textMessage } from '../testing/test-runtime';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import type { Store } from '../store/store';
import { sevenMessages } from '../testing/seven-messages-workflow';

const redisUrl = testRedisUrl();
/** Longer than the lock (2 s) plus the time another process needs to start and take the contact over. */
const stallMs = 12000;

describe('a worker stalled past its lock (event loop held) loses the contact to another process', () => {
  const line = new FakeLineServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-fence-'));
  const prefix = `lffence-${randomUUID().slice(0, 8)}`;
  const children: RuntimeChild[] = [];
  let store: Store;

  beforeAll(async () => {
    await line.start();
    const setup = await startRuntimeChild({ dataDir, prefix, lineUrl: line.url });
    children.push(setup);
    expect((await callApi(setup.url as string, 'POST', '/api/workflows', sevenMessages)).status).toBe(201);
    expect((await callApi(setup.url as string, 'POST', '/api/workflows/seven/publish', {})).status).toBe(201);
    await setup.kill('SIGTERM');
    store = openSqliteStore(dataDir);
  }, 30_000);

  afterAll(async () => {
    for (const child of children) await child.kill();
    await store.close();
    await line.stop();
    await deleteKeys(redisUrl, prefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['after deciding, before committing: its commit is refused, the other process decides and sends', 'before-commit'],
    ['after committing, before sending: the other process sends, the stalled one sends nothing', 'after-commit'],
  ] as const)(
    '%s',
    async (_what, point) => {
      const user = `Ufence${point.replace('-', '')}${'0'.repeat(33 - 6 - point.length + 1)}`;
      const stalled = await startRuntimeChild({ dataDir, prefix, lineUrl: line.url, env: { LINEFLOW_TEST_PAUSE: `${point}:${user}:${stallMs}` } });
      children.push(stalled);
      const stalledPid = stalled.child.pid;
      expect(await postWebhook(stalled.url as string, [lineEvent(line, user, textMessage('go'))])).toBe(200);
      await eventually(() => stalled.lines.some((l) => l.paused === point), 10_000, 'the stalled process to reach the pause');
      const pausedAt = Date.now();

      // The only other worker starts while the first is stalled, and takes the contact over.
      const rescuer = await startRuntimeChild({ dataDir, prefix, lineUrl: line.url, worker: true });
      children.push(rescuer);
      const texts = await eventually(() => (line.textsTo(user).length >= 7 ? line.textsTo(user) : null), 20_000, 'seven messages');
      expect(Date.now() - pausedAt).toBeLessThan(stallMs); // delivered while the first process was still stalled

      // The stalled process wakes up and goes on with what it had: it must write and send nothing.
      await new Promise((resolve) => setTimeout(resolve, stallMs - (Date.now() - pausedAt) + 3000));
      expect(line.textsTo(user)).toEqual(['part 1', 'part 2', 'part 3', 'part 4', 'part 5', 'part 6', 'part 7']);
      expect(texts).toHaveLength(7);
      expect(line.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['reply', 'push']);

      const runs = await store.runs.find({ contactId: user });
      expect(runs.map((r) => r.status)).toEqual(['completed']);
      expect(await store.messages.count({ contactId: user, direction: 'out' })).toBe(7);
      expect(await store.messages.count({ contactId: user, direction: 'in' })).toBe(1);
      const contact = await store.contacts.get(user);
      expect(contact?.engine.appliedEventIds).toHaveLength(1);
      const [archived] = await store.inboundEvents.find({ contactId: user });
      // Before the commit, the rescuer decided; after it, the stalled process had decided and the rescuer only sent.
      expect(archived?.handledBy?.endsWith(`:${point === 'before-commit' ? rescuer.child.pid : stalledPid}`)).toBe(true);
      expect(await store.counters.get(`push-${new Date().toISOString().slice(0, 7)}`)).toMatchObject({ value: expect.any(Number) });

      // Both processes go on serving: the stalled one is not wedged.
      const next = `Ufenceafter${point.replace('-', '')}${'0'.repeat(10)}`;
      expect(await postWebhook(stalled.url as string, [lineEvent(line, next, textMessage('go'))])).toBe(200);
      await eventually(() => line.textsTo(next).length >= 7, 10_000, 'the next customer answered');
      await rescuer.kill('SIGTERM');
      await stalled.kill('SIGTERM');
    },
    60_000,
  );
});
