import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../open-embedded-store';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded store files', () => {
  it('reopens with every put, patch, increment and removal applied', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-embedded-'));
    const store = await openEmbeddedStore(dir);
    await store.counters.put({ id: 'a', value: 1 });
    await store.counters.put({ id: 'b', value: 2 });
    await store.counters.remove('b');
    await store.counters.increment('c', 'value', 5);
    await store.conversations.put({ id: 'x', contactId: 'u', status: 'open', openedAt: 't', closedAt: null, assignee: null, team: null, lastMessageAt: 't', updatedAt: 't' });
    await store.conversations.patch('x', { status: 'closed' });
    await store.close();
    const again = await openEmbeddedStore(dir);
    expect(await again.counters.find({}, { sort: { id: 1 } })).toEqual([{ id: 'a', value: 1 }, { id: 'c', value: 5 }]);
    expect((await again.conversations.get('x'))?.status).toBe('closed');
    expect(await again.conversations.find({ contactId: 'u', status: 'closed' })).toHaveLength(1);
    await again.close();
  });

  it('ignores a line torn by a crash in the middle of a write', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-embedded-'));
    const store = await openEmbeddedStore(dir);
    await store.counters.put({ id: 'kept', value: 1 });
    await store.close();
    appendFileSync(join(dir, 'counters.jsonl'), '{"p":{"id":"torn","val');
    const again = await openEmbeddedStore(dir);
    expect(await again.counters.find({})).toEqual([{ id: 'kept', value: 1 }]);
    await again.close();
  });

  it('compacts its log and keeps the latest state', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-embedded-'));
    const store = await openEmbeddedStore(dir);
    for (let i = 1; i <= 12_000; i++) await store.counters.put({ id: `k${i % 10}`, value: i });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store.close();
    expect(statSync(join(dir, 'counters.jsonl')).size).toBeLessThan(100_000);
    const again = await openEmbeddedStore(dir);
    expect(await again.counters.count({})).toBe(10);
    expect(await again.counters.get('k0')).toEqual({ id: 'k0', value: 12_000 });
    await again.close();
  });

  it('belongs to one process at a time', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-embedded-'));
    const store = await openEmbeddedStore(dir);
    // Same process: the lock names this pid, so fake another owner that is alive (pid 1).
    appendFileSync(join(dir, 'store.lock'), '');
    await store.close();
    appendFileSync(join(dir, 'store.lock'), '1');
    await expect(openEmbeddedStore(dir)).rejects.toThrow('is in use by process 1');
  });
});
