import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite/open-sqlite-store';
import { openMongoStore } from './open-mongo-store';
import type { Store } from './store';
import type { ContactRecord } from './records';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { FenceLostError, VersionConflictError } from './store-errors';
import { newContact } from '../engine/new-contact';

interface Backend {
  name: string;
  open: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

const dirs: string[] = [];
const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lineflow-store-'));
      dirs.push(dir);
      return openSqliteStore(dir);
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
      id,
      contactId: `${prefix}u1`,
      status: 'open',
      openedAt: now,
      closedAt: null,
      assignee: null,
      team: null,
      lastMessageAt: now,
      updatedAt: now,
    });
    const patched = await store.conversations.patch(id, { status: 'closed', closedAt: now });
    expect(patched).toMatchObject({ id, status: 'closed', closedAt: now, contactId: `${prefix}u1` });
    expect(await store.conversations.patch(`${prefix}none`, { status: 'closed' })).toBeNull();
  });

  it('patches conditionally: only while the expected fields hold, one winner among writers expecting the same', async () => {
    const id = `${prefix}wf-if`;
    const now = new Date().toISOString();
    const draft: WorkflowDocument = { schemaVersion: 1, id, name: 'first', settings: { timezone: 'Asia/Tokyo' }, nodes: [], edges: [] };
    await store.workflows.put({ id, draft, publishedVersion: null, createdAt: now, updatedAt: now });
    // null expects the field absent (a record written before it existed), as MongoDB's { field: null } does.
    const first = await store.workflows.patchIf(id, { revision: null }, { revision: 1, draft: { ...draft, name: 'second' } });
    expect(first).toMatchObject({ revision: 1, draft: { name: 'second' } });
    expect(await store.workflows.patchIf(id, { revision: null }, { revision: 1, draft: { ...draft, name: 'stale' } })).toBeNull();
    expect((await store.workflows.get(id))?.draft.name).toBe('second');
    const racers = await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) => store.workflows.patchIf(id, { revision: 1, publishedVersion: null }, { revision: 2, draft: { ...draft, name } })),
    );
    const winners = racers.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    expect(await store.workflows.get(id)).toMatchObject({ revision: 2, draft: { name: winners[0]?.draft.name } });
    expect(await store.workflows.patchIf(id, { revision: 2, publishedVersion: 3 }, { revision: 3 })).toBeNull();
    expect(await store.workflows.patchIf(`${prefix}none`, { revision: null }, { revision: 1 })).toBeNull();
  });

  it('finds with filters, $in, sort, skip and limit; counts', async () => {
    const contactId = `${prefix}u2`;
    for (let i = 0; i < 5; i++) {
      await store.messages.put({
        id: `${prefix}m${i}`,
        conversationId: 'x',
        contactId,
        direction: i % 2 ? 'out' : 'in',
        author: i % 2 ? 'bot' : 'customer',
        content: { type: 'text', text: `m${i}` },
        at: `2026-01-01T00:00:0${i}.000Z`,
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

  it('finds by list membership, null, $ne and $nin with MongoDB meaning', async () => {
    const base = { role: 'agent' as const, status: 'online' as const, createdAt: new Date().toISOString() };
    await store.users.put({ id: `${prefix}a`, email: `${prefix}a@x`, name: 'A', teams: ['Support', 'Senior'], ...base });
    await store.users.put({ id: `${prefix}b`, email: `${prefix}b@x`, name: 'B', teams: ['Support'], ...base });
    const senior = await store.users.find({ teams: 'Senior', email: { $in: [`${prefix}a@x`, `${prefix}b@x`] } });
    expect(senior.map((u) => u.id)).toEqual([`${prefix}a`]);
    const now = new Date().toISOString();
    const conversation = { contactId: `${prefix}u9`, status: 'open' as const, openedAt: now, closedAt: null, team: null, lastMessageAt: now, updatedAt: now };
    await store.conversations.put({ id: `${prefix}k1`, assignee: null, ...conversation });
    await store.conversations.put({ id: `${prefix}k2`, assignee: 'someone', ...conversation });
    expect((await store.conversations.find({ contactId: `${prefix}u9`, assignee: null })).map((c) => c.id)).toEqual([`${prefix}k1`]);
    expect((await store.conversations.find({ contactId: `${prefix}u9`, assignee: { $ne: null } })).map((c) => c.id)).toEqual([`${prefix}k2`]);
    expect((await store.conversations.find({ contactId: `${prefix}u9`, assignee: { $nin: ['someone'] } })).map((c) => c.id)).toEqual([`${prefix}k1`]);
  });

  it('commits conditionally on the contact version: a stale writer changes nothing', async () => {
    const id = `${prefix}U-version`;
    const contact = newContact(id, new Date());
    await store.commit({ contact: { doc: contact, expectedVersion: null } });
    const read = (await store.contacts.get(id)) as ContactRecord;
    expect(read.version).toBe(1);
    await expect(store.commit({ contact: { doc: contact, expectedVersion: null } })).rejects.toBeInstanceOf(VersionConflictError);
    await store.commit({ contact: { doc: { ...read, tags: ['first'] }, expectedVersion: 1 } });
    const messageId = `${prefix}stale-message`;
    const stale = store.commit({
      contact: { doc: { ...read, tags: ['stale'] }, expectedVersion: 1 },
      puts: {
        messages: [{ id: messageId, conversationId: null, contactId: id, direction: 'in', author: 'customer', content: {}, at: new Date().toISOString() }],
      },
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    expect((await store.contacts.get(id))?.tags).toEqual(['first']);
    expect(await store.messages.get(messageId)).toBeNull();
    // Any other write (an agent's patch) moves the version on too.
    await store.contacts.patch(id, { tags: ['patched'] });
    expect((await store.contacts.get(id))?.version).toBe(3);
  });

  it('takes one turn per claim: a retried decision gets the same turn back', async () => {
    const cursor = `${prefix}rr-cursor`;
    const first = await store.takeTurn(cursor, `${cursor}@event-1`);
    const second = await store.takeTurn(cursor, `${cursor}@event-2`);
    expect(await store.takeTurn(cursor, `${cursor}@event-1`)).toBe(first);
    expect(second).toBe(first + 1);
    expect((await store.counters.get(cursor))?.value).toBe(second);
  });

  it('fences: once a newer token is claimed, writes with the older one change nothing', async () => {
    const contactId = `${prefix}U-fence`;
    const first = await store.claimFence(contactId);
    await store.commit({ fence: { contactId, token: first }, puts: { counters: [{ id: `${prefix}fenced`, value: 1 }] } });
    const second = await store.claimFence(contactId);
    expect(second).toBeGreaterThan(first);
    const late = store.commit({
      fence: { contactId, token: first },
      puts: { counters: [{ id: `${prefix}fenced`, value: 2 }] },
      increments: [{ collection: 'counters', id: `${prefix}late`, field: 'value', by: 1 }],
    });
    await expect(late).rejects.toBeInstanceOf(FenceLostError);
    expect((await store.counters.get(`${prefix}fenced`))?.value).toBe(1);
    expect(await store.counters.get(`${prefix}late`)).toBeNull();
    await store.commit({ fence: { contactId, token: second }, increments: [{ collection: 'counters', id: `${prefix}late`, field: 'value', by: 2 }] });
    expect((await store.counters.get(`${prefix}late`))?.value).toBe(2);
  });

  it('removes many by filter, returning how many, and nothing the filter does not match', async () => {
    const contactId = `${prefix}U-archive`;
    const other = `${prefix}U-other`;
    const event = (id: string, contact: string, day: number) => ({
      id: `${prefix}${id}`,
      contactId: contact,
      kind: 'message',
      raw: { n: id },
      receivedAt: `2026-01-0${day}T00:00:00.000Z`,
      outcome: 'applied' as const,
    });
    for (const e of [event('e1', contactId, 1), event('e2', contactId, 2), event('e3', contactId, 3), event('e4', contactId, 4), event('o1', other, 1)]) {
      await store.inboundEvents.put(e);
    }
    expect(await store.inboundEvents.removeMany({ contactId, receivedAt: { $lt: '2026-01-03T00:00:00.000Z' } })).toBe(2);
    expect((await store.inboundEvents.find({ contactId }, { sort: { receivedAt: 1 } })).map((e) => e.id)).toEqual([`${prefix}e3`, `${prefix}e4`]);
    expect(await store.inboundEvents.get(`${prefix}o1`)).toMatchObject({ contactId: other });
    expect(await store.inboundEvents.removeMany({ contactId, receivedAt: { $lt: '2026-01-03T00:00:00.000Z' } })).toBe(0);
    expect(await store.inboundEvents.removeMany({ id: { $in: [`${prefix}e4`, `${prefix}o1`, `${prefix}none`] } })).toBe(2);
    expect(await store.inboundEvents.count({ contactId: { $in: [contactId, other] } })).toBe(1);
  });
});
