import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Collection, Filter, FindOptions } from '../collection';
import { collectionNames, type CollectionName, type Store } from '../store';
import { listConversations, type ListQuery } from '../../inbox/list-conversations';
import { encodeCursor } from '../../inbox/list-cursor';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';
import { messageSearchSql, shortMessageSearchSql } from './sqlite-message-search';
import { toSqlOrder, toSqlWhere } from './sql-filter';
import { tableSpecs } from './table-specs';

/** Every find the list makes, as it makes them: the plans are of the queries the code really builds. */
function recording(store: Store, finds: [CollectionName, Filter, FindOptions | undefined][]): Store {
  const wrapped = { ...store } as Record<string, unknown>;
  for (const name of collectionNames) {
    const collection = store[name] as Collection<{ id: string }>;
    wrapped[name] = {
      ...collection,
      get: collection.get.bind(collection),
      find: (filter: Filter = {}, options?: FindOptions) => {
        finds.push([name, filter, options]);
        return collection.find(filter, options);
      },
    };
  }
  return wrapped as unknown as Store;
}

describe('query plans of the inbox list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-list-plans-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists, filters, pages and searches by index, never by scanning a whole table', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const at = '2026-11-20T10:00:00.000Z';
    await store.conversations.put({
      id: 'c1',
      contactId: 'U1',
      status: 'open',
      openedAt: at,
      closedAt: null,
      assignee: 'u1',
      team: 'Support',
      lastMessageAt: at,
      updatedAt: at,
    });
    await store.conversationFlags.put({
      id: 'c1',
      pinned: true,
      followUp: true,
      snoozedUntil: '2099-01-01T00:00:00.000Z',
      snoozedAt: at,
      updatedBy: 'u1',
      updatedAt: at,
    });
    const finds: [CollectionName, Filter, FindOptions | undefined][] = [];
    const spied = recording(store, finds);
    const queries: ListQuery[] = [
      { status: 'open' },
      { status: 'open', cursor: encodeCursor({ at, id: 'c1' }) },
      { status: 'snoozed' },
      { status: 'closed' },
      { status: 'all' },
      { status: 'open', assignee: 'u1' },
      { status: 'open', assignee: null },
      { status: 'open', team: 'Support' },
      { status: 'open', tag: 'vip' },
      { status: 'closed', category: 'Refund' },
      { status: 'open', channel: 'default' },
      { status: 'open', followUp: true },
      { status: 'all', q: 'passport' },
    ];
    for (const query of queries) await listConversations(spied, 'u1', query, new Date('2026-11-21T00:00:00Z'));

    const db = new Database(join(dir, sqliteFileName), { readonly: true });
    const scans: string[] = [];
    const check = (sql: string, params: unknown[]) => {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
      // A SCAN of a table is a read of every row; SEARCH, and a SCAN of an index or of the FTS index, are not.
      if (plan.some((step) => /^SCAN \w+$/.test(step))) scans.push(`${sql}: ${plan.join('; ')}`);
    };
    for (const [collection, filter, options] of finds) {
      const spec = tableSpecs[collection];
      const where = toSqlWhere(spec, filter);
      check(`SELECT doc FROM ${spec.table} ${where.sql}${toSqlOrder(spec, options)}`, where.params);
    }
    check(messageSearchSql, ['"passport"', 400]);
    check(shortMessageSearchSql, [20_000, '予約', 400]);
    db.close();
    await store.close();
    expect(new Set(finds.map(([name]) => name))).toEqual(new Set(['conversations', 'conversationFlags', 'contacts', 'readMarkers']));
    expect(scans).toEqual([]);
  });
});
