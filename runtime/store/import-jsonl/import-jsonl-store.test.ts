import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasJsonlStore, importJsonlStore } from './import-jsonl-store';
import { JsonlImportError } from './jsonl-import-error';
import { memoryStore, type MemoryStore } from './testing/memory-store';
import { writeV01Store, type V01Expectation } from './testing/write-v01-store';
import { v01Collections } from './v01-collections';

const quiet = { info: () => {}, warn: () => {} };
const now = () => new Date('2025-02-03T04:05:06.789Z');

let root = '';
let storeDir = '';
let expected: V01Expectation;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lineflow-import-'));
  storeDir = join(root, 'data', 'store');
  mkdirSync(storeDir, { recursive: true });
  expected = writeV01Store(storeDir, { messages: 2000 });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const byId = <T extends { id: string }>(docs: T[]) => [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));

async function expectEverythingImported(target: MemoryStore): Promise<void> {
  for (const name of v01Collections) {
    const collection = target[name] as unknown as MemoryStore['counters'];
    expect(byId(await collection.find({})), name).toStrictEqual(byId([...expected.live[name].values()]));
    for (const id of expected.removed[name]) expect(await collection.get(id), `${name} ${id}`).toBeNull();
  }
}

/** Every file of the old store with its bytes: what must survive an import that failed. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));

describe('importJsonlStore', () => {
  it('imports every live document of a 0.1 store, skips torn writes, keeps glued ones and moves the folder aside', async () => {
    const target = memoryStore();
    expect(await hasJsonlStore(storeDir)).toBe(true);
    const before = snapshot(storeDir);

    const report = await importJsonlStore(storeDir, target, quiet, { now });

    await expectEverythingImported(target);
    expect(expected.live.messages.size).toBe(1997);
    expect(await target.messages.get('msg-torn')).toBeNull();
    expect((await target.contacts.get('U00000000000000000000000000000001'))?.displayName).toBe('山田 1');
    expect((await target.contacts.get('U00000000000000000000000000000003'))?.displayName).toBe('再開後');
    expect(await target.counters.get('messages-today')).toStrictEqual({ id: 'messages-today', value: 9001 });
    expect(await target.workflows.get('wf-faq-menu')).toMatchObject({ publishedVersion: 2, hookToken: 'tok-0' });
    expect(await target.conversations.count({ status: 'closed' })).toBe(10);

    expect(report?.collections.messages).toStrictEqual({
      lines: 2004,
      puts: 2000,
      deletes: 3,
      live: 1997,
      skipped: 1,
      salvagedLines: 0,
      imported: 1997,
      countAfter: 1997,
    });
    expect(report?.collections.contacts).toMatchObject({ live: 39, skipped: 1, salvagedLines: 1, imported: 39 });
    expect(report?.collections.counters).toMatchObject({ live: 2, skipped: 0, salvagedLines: 1 });
    expect(report?.collections.ignoredEvents).toMatchObject({ lines: 0, live: 0, imported: 0 });
    expect(report?.unknownFiles).toEqual([]);

    expect(report?.movedTo).toBe(join(root, 'data', 'store-jsonl-imported-2025-02-03T040506.789Z'));
    expect(existsSync(storeDir)).toBe(false);
    const { 'store.lock': _staleLock, ...kept } = before;
    expect(snapshot(report?.movedTo as string)).toStrictEqual(kept);

    expect(await hasJsonlStore(storeDir)).toBe(false);
    expect(await importJsonlStore(storeDir, target, quiet)).toBeNull();
  });

  it('leaves the logs in place when writing fails midway, and a second run completes', async () => {
    const before = snapshot(storeDir);
    const target = memoryStore();
    target.putsLeft = 1234;

    await expect(importJsonlStore(storeDir, target, quiet, { now })).rejects.toThrow(JsonlImportError);

    expect(await target.messages.count({})).toBeLessThan(1997);
    const { 'store.lock': _staleLock, ...kept } = before;
    expect(snapshot(storeDir)).toStrictEqual(kept); // its own lock released, every log untouched
    expect(readdirSync(join(root, 'data'))).toEqual(['store']);

    target.putsLeft = Infinity;
    const report = await importJsonlStore(storeDir, target, quiet, { now });
    await expectEverythingImported(target);
    expect(report?.collections.messages?.imported).toBe(1997);
    expect(existsSync(storeDir)).toBe(false);
  });

  it('leaves the logs in place when the new store counts fewer documents than were written', async () => {
    const target = memoryStore();
    target.users.count = async () => 1;
    await expect(importJsonlStore(storeDir, target, quiet)).rejects.toThrow(/counts 1 users after 2 were imported/);
    expect(await hasJsonlStore(storeDir)).toBe(true);
  });

  it('refuses to import while a 0.1 process still writes to the logs', async () => {
    writeFileSync(join(storeDir, 'store.lock'), String(process.ppid));
    const target = memoryStore();
    await expect(importJsonlStore(storeDir, target, quiet)).rejects.toThrow(`in use by process ${process.ppid}`);
    expect(await target.messages.count({})).toBe(0);
    expect(readFileSync(join(storeDir, 'store.lock'), 'utf8')).toBe(String(process.ppid));
  });

  it('refuses, before writing anything, when the new database lies in the folder that would be moved aside', async () => {
    writeFileSync(join(storeDir, 'lineflow.db'), Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(84)]));
    const target = memoryStore();
    await expect(importJsonlStore(storeDir, target, quiet)).rejects.toThrow(/lineflow\.db is a SQLite database/);
    expect(await target.workflows.count({})).toBe(0);
    expect(await hasJsonlStore(storeDir)).toBe(true);
  });

  it('returns null when there is no 0.1 store', async () => {
    const empty = join(root, 'fresh');
    expect(await importJsonlStore(join(empty, 'store'), memoryStore(), quiet)).toBeNull();
    mkdirSync(empty);
    writeFileSync(join(empty, 'store.lock'), '1');
    expect(await hasJsonlStore(empty)).toBe(false);
    expect(await importJsonlStore(empty, memoryStore(), quiet)).toBeNull();
    expect(existsSync(join(empty, 'store.lock'))).toBe(true);
  });
});
