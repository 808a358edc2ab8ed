import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from './open-embedded-store';
import { openMongoStore } from './open-mongo-store';
import type { Store } from './store';

interface Backend {
  name: string;
  open: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

const dirs: string[] = [];
const backends: Backend[] = [
  {
    name: 'embedded',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lineflow-store-'));
      dirs.push(dir);
      return openEmbeddedStore(dir);
    },
    cleanup: async () => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  },
];
const mongoUri = process.env.MONGODB_URI;
if (mongoUri) {
  backends.push({ name: 'mongodb', open: () => openMongoStore(mongoUri), cleanup: async () => {} });
}

describe.each(backends)('store contract: $name', (backend) => {
  let store: Store;
  const prefix = `t${Date.now()}-`;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('answers a ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('puts, gets, replaces and removes a document by id', async () => {
    const id = `${prefix}c1`;
    await store.counters.put({ id, value: 1 });
    expect(await store.counters.get(id)).toEqual({ id, value: 1 });
    await store.counters.put({ id, value: 2 });
    expect(await store.counters.get(id)).toEqual({ id, value: 2 });
    expect(await store.counters.remove(id)).toBe(true);
    expect(await store.counters.get(id)).toBeNull();
    expect(await store.counters.remove(id)).toBe(false);
  });

  it('insert refuses an existing id without changing it', async () => {
    const id = `${prefix}c2`;
    expect(await store.counters.insert({ id, value: 1 })).toBe(true);
    expect(await store.counters.insert({ id, value: 9 })).toBe(false);
    expect((await store.counters.get(id))?.value).toBe(1);
  });

  it('patches some fields and returns the new document', async () => {
    const id = `${prefix}conv`;
    const now = new Date().toISOString();
    await store.conversations.put({
      id, contactId: `${prefix}u1`, status: 'open', openedAt: now, closedAt: null, assignee: null, team: null, lastMessageAt: now, updatedAt: now,
    });
    const patched = await store.conversations.patch(id, { status: 'closed', closedAt: now });
    expect(patched).toMatchObject({ id, status: 'closed', closedAt: now, contactId: `${prefix}u1` });
    expect(await store.conversations.patch(`${prefix}none`, { status: 'closed' })).toBeNull();
  });

  it('finds with filters, $in, sort, skip and limit; counts', async () => {
    const contactId = `${prefix}u2`;
    for (let i = 0; i < 5; i++) {
      await store.messages.put({
        id: `${prefix}m${i}`, conversationId: 'x', contactId, direction: i % 2 ? 'out' : 'in', author: i % 2 ? 'bot' : 'customer',
        content: { type: 'text', text: `m${i}` }, at: `2026-01-01T00:00:0${i}.000Z`,
      });
    }
    const newestFirst = await store.messages.find({ contactId }, { sort: { at: -1 }, limit: 2, skip: 1 });
    expect(newestFirst.map((m) => m.id)).toEqual([`${prefix}m3`, `${prefix}m2`]);
    expect(await store.messages.count({ contactId, direction: 'in' })).toBe(3);
    const some = await store.messages.find({ id: { $in: [`${prefix}m0`, `${prefix}m4`] } }, { sort: { id: 1 } });
    expect(some.map((m) => m.id)).toEqual([`${prefix}m0`, `${prefix}m4`]);
    expect(await store.messages.find({ contactId, at: { $gte: '2026-01-01T00:00:03.000Z' } })).toHaveLength(2);
  });

  it('increments atomically, creating the counter', async () => {
    const id = `${prefix}pushes`;
    const results = await Promise.all(Array.from({ length: 20 }, () => store.counters.increment(id, 'value', 1)));
    expect(Math.max(...results)).toBe(20);
    expect(new Set(results).size).toBe(20);
    expect((await store.counters.get(id))?.value).toBe(20);
  });

  it('enforces unique indexes', async () => {
    const now = new Date().toISOString();
    const doc = { workflowId: `${prefix}wf`, version: 1, document: {} as never, publishedAt: now };
    expect(await store.versions.insert({ id: `${prefix}wf@1`, ...doc })).toBe(true);
    expect(await store.versions.insert({ id: `${prefix}wf@1-copy`, ...doc })).toBe(false);
  });
});

describe('embedded store durability', () => {
  it('keeps every acknowledged write after kill -9', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineflow-kill-'));
    try {
      const script = fileURLToPath(new URL('./testing/write-until-killed.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      let acked = 0;
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const lines = chunk.toString().trim().split('\n');
          acked = Number(lines[lines.length - 1]);
          if (acked >= 300) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.on('exit', resolve));
      const store = await openEmbeddedStore(dir);
      const count = await store.counters.count({});
      expect(count).toBeGreaterThanOrEqual(acked);
      for (let i = 1; i <= acked; i++) expect(await store.counters.get(`k${i}`)).toEqual({ id: `k${i}`, value: i });
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
