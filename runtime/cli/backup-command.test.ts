import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, sqliteFileName } from '../store/sqlite/open-sqlite-store';
import type { Store } from '../store/store';
import { backupCommand } from './backup-command';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = '2026-02-01T09:00:00.000Z';

/** A store with some of everything, and enough bulk (~20 MB) that copying it takes many of SQLite's pages. */
async function seed(store: Store): Promise<void> {
  await store.workflows.put({ id: 'faq-menu', draft: { name: 'FAQ', nodes: [], edges: [] } as never, publishedVersion: 2, createdAt: at, updatedAt: at });
  for (let c = 0; c < 20; c++) {
    await store.conversations.put({
      id: `cv-${c}`,
      contactId: `U-${c}`,
      status: 'open',
      openedAt: at,
      closedAt: null,
      assignee: null,
      team: null,
      lastMessageAt: at,
      updatedAt: at,
    });
  }
  await store.users.put({ id: 'u-1', email: 'a@example.com', name: '佐藤', role: 'admin', teams: ['Support'], status: 'online', createdAt: at });
  const bulk = 'x'.repeat(4000);
  for (let chunk = 0; chunk < 10; chunk++) {
    await store.commit({
      puts: {
        ignoredEvents: Array.from({ length: 500 }, (_, i) => ({
          id: `ig-${chunk * 500 + i}`,
          reason: 'group',
          event: { bulk, n: chunk * 500 + i },
          receivedAt: at,
        })),
      },
    });
  }
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => void out.push(line), err: (line: string) => void err.push(line) } };
}

describe('lineflow backup', () => {
  let dir = '';
  let dataDir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-backup-'));
    dataDir = join(dir, 'data');
    const store = openSqliteStore(dataDir);
    await seed(store);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the store while a running server keeps writing to it: consistent, whole, and the server never stalls', async () => {
    const server = openSqliteStore(dataDir); // as `npm start` holds it
    let acked = 0;
    let writing = true;
    let writeError: unknown;
    // Event-sized transactions as fast as a busy server commits them: a counter and a message each.
    const writer = (async () => {
      for (let i = 1; writing; i++) {
        await server.commit({
          puts: {
            counters: [{ id: `k${i}`, value: i }],
            messages: [
              {
                id: `m${i}`,
                conversationId: `cv-${i % 20}`,
                contactId: `U-${i % 20}`,
                direction: 'in',
                author: 'customer',
                content: { type: 'text', text: `message ${i}` },
                at,
              },
            ],
          },
        });
        acked = i;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })().catch((error: unknown) => (writeError = error));

    await new Promise((resolve) => setTimeout(resolve, 200));
    const file = join(dir, 'nightly.db');
    const ackedBefore = acked;
    const { MONGODB_URI: _mongo, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'runtime/cli/main.ts', 'backup', file], { cwd: root, env: { ...env, DATA_DIR: dataDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const ackedAfter = acked;
    writing = false;
    await writer;
    await server.close();

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(writeError).toBeUndefined();
    expect(ackedAfter).toBeGreaterThan(ackedBefore); // the server went on writing meanwhile
    expect(stdout).toContain(`backed up ${join(dataDir, sqliteFileName)} to ${file} (`);
    expect(stdout).toMatch(/\d+(\.\d)? MB\)/);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const restored = join(dir, 'restored');
    mkdirSync(restored);
    copyFileSync(file, join(restored, sqliteFileName));
    const copy = openSqliteStore(restored);
    try {
      const n = await copy.counters.count({});
      // A snapshot: everything acknowledged before the backup began, nothing torn, nothing from after it ended.
      expect(n).toBeGreaterThanOrEqual(ackedBefore);
      expect(n).toBeLessThanOrEqual(ackedAfter);
      expect(await copy.messages.count({})).toBe(n);
      expect(await copy.counters.get(`k${n}`)).toEqual({ id: `k${n}`, value: n });
      expect((await copy.messages.get(`m${n}`))?.content).toEqual({ type: 'text', text: `message ${n}` });
      expect(await copy.counters.get(`k${n + 1}`)).toBeNull();
      expect(await copy.counters.count({ value: { $lte: n } })).toBe(n);
      expect(stdout).toContain(`1 workflows, 0 contacts, 20 conversations, ${n} messages, 0 runs, 0 inbound events`);

      expect(await copy.workflows.get('faq-menu')).toMatchObject({ publishedVersion: 2, draft: { name: 'FAQ' } });
      expect(await copy.users.find({ teams: 'Support' })).toEqual([
        { id: 'u-1', email: 'a@example.com', name: '佐藤', role: 'admin', teams: ['Support'], status: 'online', createdAt: at },
      ]);
      expect(await copy.ignoredEvents.count({})).toBe(5000);
      expect((await copy.ignoredEvents.get('ig-4999'))?.event).toMatchObject({ n: 4999 });
      expect(await copy.conversations.count({ status: 'open' })).toBe(20);
    } finally {
      await copy.close();
    }
  }, 60_000);

  it('refuses to overwrite a file unless --force, and then replaces it with a whole backup', async () => {
    const file = join(dir, 'kept.db');
    writeFileSync(file, 'an older backup');
    const refused = io();
    expect(await backupCommand([file], refused.io, { DATA_DIR: dataDir })).toBe(1);
    expect(refused.err.join('\n')).toBe(`lineflow: ${file} exists already; name another file, or add --force to replace it.`);
    expect(readFileSync(file, 'utf8')).toBe('an older backup');

    const forced = io();
    expect(await backupCommand(['--force', file], forced.io, { DATA_DIR: dataDir })).toBe(0);
    expect(forced.err).toEqual([]);
    expect(forced.out[1]).toMatch(/^ {2}1 workflows, 0 contacts, 20 conversations, \d+ messages, 0 runs, 0 inbound events$/);
    const copy = new Database(file, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM ignored_events').get() as { n: number }).n).toBe(5000);
    copy.close();
  });

  it('refuses when the data is in MongoDB, naming mongodump, and writes nothing', async () => {
    const file = join(dir, 'mongo.db');
    const out = io();
    expect(await backupCommand([file], out.io, { DATA_DIR: dataDir, MONGODB_URI: 'mongodb://127.0.0.1:27017/lineflow' })).toBe(1);
    expect(out.err[0]).toContain('mongodump');
    expect(existsSync(file)).toBe(false);
  });

  it('says where it looked when DATA_DIR holds no store, and shows the usage without a file', async () => {
    const empty = join(dir, 'empty');
    const out = io();
    expect(await backupCommand([join(dir, 'x.db')], out.io, { DATA_DIR: empty })).toBe(1);
    expect(out.err[0]).toBe(`lineflow: there is no store at ${join(empty, sqliteFileName)}; set DATA_DIR to the folder LineFlow keeps its data in.`);
    expect(existsSync(empty)).toBe(false); // not created by looking
    const usage = io();
    expect(await backupCommand([], usage.io, { DATA_DIR: dataDir })).toBe(2);
    expect(usage.err[0]).toMatch(/^usage: lineflow backup \[--force\] FILE/);
  });
});
