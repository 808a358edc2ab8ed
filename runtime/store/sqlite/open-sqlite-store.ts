import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { collectionNames, type Commit, type Store } from '../store';
import { FenceLostError, VersionConflictError } from '../store-errors';
import { withBusyRetry } from './busy-retry';
import { indexMessagesBatch } from './index-messages';
import { runMigrations } from './run-migrations';
import { SqliteCollection } from './sqlite-collection';
import { tableSpecs } from './table-specs';
import { tallyWriter } from './write-tallies';
import { sqliteReportSource } from './sqlite-report-source';
import { sqliteMessageSearch } from './sqlite-message-search';
import { sqliteContactSearch } from './sqlite-contact-search';
import type { ContactRecord } from '../records';

export interface SqliteOptions {
  /**
   * `NORMAL` (default): in WAL mode a commit survives a crash of the process (kill -9), and a power
   * cut may lose the last commits but never corrupts. `FULL` also survives a power cut, at an
   * fsync per commit (see the README's figures).
   */
  synchronous?: 'NORMAL' | 'FULL';
  /** How long a write waits for another process's write before failing. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** How often new messages are added to the full-text index; 0 = never (tests, tools). Default 1000 ms. */
  searchIndexIntervalMs?: number;
}

export const sqliteFileName = 'lineflow.db';

/** The embedded store: one SQLite file under `dir`, which several processes on the machine share. */
export function openSqliteStore(dir: string, options: SqliteOptions = {}): Store {
  mkdirSync(dir, { recursive: true });
  // No SQLite busy timeout: withBusyRetry waits far shorter between tries (see busy-retry.ts).
  const db = new Database(join(dir, sqliteFileName), { timeout: 0 });
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  withBusyRetry(() => db.pragma('journal_mode = WAL'), 30_000);
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  // Several processes may start together: one migrates, the others wait for it.
  withBusyRetry(() => runMigrations(db), 30_000);
  const collections = Object.fromEntries(collectionNames.map((name) => [name, new SqliteCollection(db, tableSpecs[name])])) as unknown as {
    [K in (typeof collectionNames)[number]]: SqliteCollection<{ id: string }>;
  };
  const contacts = collections.contacts as unknown as SqliteCollection<ContactRecord>;

  const claimFenceStatement = db.prepare(
    'INSERT INTO contact_fences (contact_id, fence) VALUES (?, 1) ON CONFLICT (contact_id) DO UPDATE SET fence = fence + 1 RETURNING fence',
  );
  const fenceStatement = db.prepare('SELECT fence FROM contact_fences WHERE contact_id = ?');
  const versionStatement = db.prepare('SELECT version FROM contacts WHERE id = ?');
  const healthStatement = db.prepare('INSERT INTO health (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at');

  const writeTallies = tallyWriter(db);

  const takeTurn = db.transaction((counterId: string, claimId: string) => {
    const counters = collections.counters as unknown as SqliteCollection<{ id: string; value: number }>;
    const claimed = counters.getSync(claimId);
    if (claimed) return claimed.value;
    const value = counters.incrementSync(counterId, 'value', 1);
    counters.putSync({ id: claimId, value });
    return value;
  });

  const commit = db.transaction((c: Commit) => {
    if (c.fence) {
      const row = fenceStatement.get(c.fence.contactId) as { fence: number } | undefined;
      if (!row || row.fence !== c.fence.token) throw new FenceLostError(c.fence.contactId);
    }
    if (c.contact) {
      const { doc, expectedVersion } = c.contact;
      const row = versionStatement.get(doc.id) as { version: number } | undefined;
      if ((row?.version ?? null) !== expectedVersion) throw new VersionConflictError(doc.id);
      contacts.putSync(doc);
    }
    for (const [name, docs] of Object.entries(c.puts ?? {})) {
      const collection = collections[name as keyof typeof collections];
      for (const doc of docs as { id: string }[]) collection.putSync(doc);
    }
    for (const increment of c.increments ?? []) collections[increment.collection].incrementSync(increment.id, increment.field, increment.by);
    if (c.tallies) writeTallies(c.tallies);
  });

  const indexInterval = options.searchIndexIntervalMs ?? 1000;
  const indexer =
    indexInterval > 0
      ? setInterval(() => {
          try {
            while (indexMessagesBatch(db) > 0);
          } catch {
            // Busy with another process's write, or closing: the next tick catches up.
          }
        }, indexInterval).unref()
      : undefined;

  return {
    ...(collections as unknown as Omit<
      Store,
      'ping' | 'close' | 'kind' | 'claimFence' | 'holdsFence' | 'takeTurn' | 'commit' | 'backup' | 'reports' | 'messageSearch' | 'contactSearch'
    >),
    kind: 'sqlite',
    reports: sqliteReportSource(db),
    messageSearch: sqliteMessageSearch(db),
    contactSearch: sqliteContactSearch(db),
    claimFence: async (contactId) => withBusyRetry(() => claimFenceStatement.get(contactId) as { fence: number }, busyTimeoutMs).fence,
    takeTurn: async (counterId, claimId) => withBusyRetry(() => takeTurn.immediate(counterId, claimId), busyTimeoutMs),
    holdsFence: async (contactId, token) => (fenceStatement.get(contactId) as { fence: number } | undefined)?.fence === token,
    // IMMEDIATE takes the write lock at once, so two processes never both read then both write.
    commit: async (c) => withBusyRetry(() => commit.immediate(c), busyTimeoutMs),
    ping: async () => {
      withBusyRetry(() => healthStatement.run(new Date().toISOString()), busyTimeoutMs);
    },
    backup: async (file) => {
      // Copied in one step: a backup taken in small steps starts over at every commit of another
      // process, so beside a busy server it never ends. One step reads a snapshot, which in WAL
      // mode blocks no writer; it does hold this process's event loop while it copies.
      await db.backup(file, { progress: () => 0x7fffffff });
    },
    close: async () => {
      clearInterval(indexer);
      db.close();
    },
  };
}
