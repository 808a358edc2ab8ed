import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Filter, FindOptions } from '../collection';
import type { CollectionName } from '../store';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';
import { toSqlOrder, toSqlWhere } from './sql-filter';
import { tableSpecs } from './table-specs';

/** The queries of the event path and the request paths, as the collections build them. */
const queries: [CollectionName, Filter, FindOptions?][] = [
  ['effects', { contactId: 'U1', state: { $in: ['pending', 'started'] } }, { sort: { seq: 1 } }],
  ['contacts', { 'engine.run.status': 'waiting' }],
  ['conversations', { status: 'open' }, { sort: { lastMessageAt: -1 }, limit: 50 }],
  ['conversations', { assignee: 'u1', status: 'open' }, { sort: { lastMessageAt: -1 }, limit: 50 }],
  ['conversations', { team: 'Support', status: 'open' }, { sort: { lastMessageAt: -1 }, limit: 50 }],
  ['conversations', { contactId: 'U1' }, { sort: { openedAt: -1 }, limit: 20 }],
  ['messages', { conversationId: 'c1' }, { sort: { at: 1, id: 1 } }],
  ['messages', { contactId: 'U1' }, { sort: { at: 1, id: 1 } }],
  ['runs', { contactId: 'U1' }, { sort: { startedAt: 1 }, limit: 200 }],
  ['runs', { workflowId: 'w1' }, { sort: { startedAt: 1 }, limit: 200 }],
  ['inboundEvents', { contactId: 'U1' }, { sort: { receivedAt: -1 }, limit: 50 }],
  ['inboundEvents', { receivedAt: { $lt: '2026-01-01' } }, { limit: 500 }],
  ['deadLetters', { status: 'waiting' }, { sort: { createdAt: -1 }, limit: 100 }],
  ['versions', { workflowId: 'w1' }, { sort: { version: -1 } }],
  ['users', { email: 'a@b.c' }],
  ['contacts', {}, { sort: { updatedAt: -1 }, limit: 500 }],
  // Event subscriptions: the dispatcher, the delivery log and the purge.
  ['domainEvents', {}, { sort: { at: 1 }, limit: 200 }],
  ['domainEvents', { at: { $lt: '2026-01-01' } }, { sort: { at: 1 }, limit: 500 }],
  ['eventDeliveries', { subscriptionId: 's1', status: 'pending', nextAttemptAt: { $lte: '2026-01-01' } }, { sort: { nextAttemptAt: 1 }, limit: 4 }],
  ['eventDeliveries', { subscriptionId: 's1' }, { sort: { createdAt: -1 }, limit: 50 }],
  ['eventDeliveries', { subscriptionId: 's1', status: 'failed' }, { sort: { createdAt: -1 }, limit: 50 }],
  ['eventDeliveries', { subscriptionId: 's1', status: 'pending' }],
  ['eventDeliveries', { subscriptionId: 's1' }, { limit: 500 }],
  ['eventDeliveries', { createdAt: { $lt: '2026-01-01' } }, { limit: 500 }],
  ['eventDeliveryAttempts', { deliveryId: { $in: ['d1', 'd2'] } }],
  ['eventDeliveryAttempts', { subscriptionId: 's1' }],
  // The audit log: its pages newest first, by action, person or target, and the retention purge.
  ['auditLog', {}, { sort: { id: -1 }, limit: 50 }],
  ['auditLog', { id: { $lt: '2026-01-01' } }, { sort: { id: -1 }, limit: 50 }],
  ['auditLog', { action: 'workflow.published', id: { $lt: '2026-01-01' } }, { sort: { id: -1 }, limit: 50 }],
  ['auditLog', { 'actor.id': 'u1' }, { sort: { id: -1 }, limit: 50 }],
  ['auditLog', { 'target.id': 'w1', action: 'workflow.saved' }, { sort: { id: -1 }, limit: 50 }],
  ['auditLog', { id: { $lt: '2026-01-01' } }, { sort: { id: 1 }, limit: 500 }],
];

describe('query plans of the SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-plans-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds by index, never by scanning a whole table', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const db = new Database(join(dir, sqliteFileName), { readonly: true });
    const scans: string[] = [];
    for (const [collection, filter, options] of queries) {
      const spec = tableSpecs[collection];
      const where = toSqlWhere(spec, filter);
      const sql = `SELECT doc FROM ${spec.table} ${where.sql}${toSqlOrder(spec, options)}`;
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...where.params) as { detail: string }[]).map((row) => row.detail);
      // A SCAN of a table is a read of every row; SEARCH and a SCAN of an index in order are not.
      if (plan.some((step) => /^SCAN \w+$/.test(step))) scans.push(`${sql}: ${plan.join('; ')}`);
    }
    db.close();
    await store.close();
    expect(scans).toEqual([]);
  });
});
