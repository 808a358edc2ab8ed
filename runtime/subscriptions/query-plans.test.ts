import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Filter, FindOptions } from '../store/collection';
import type { CollectionName } from '../store/store';
import { openSqliteStore, sqliteFileName } from '../store/sqlite/open-sqlite-store';
import { toSqlOrder, toSqlWhere } from '../store/sqlite/sql-filter';
import { tableSpecs } from '../store/sqlite/table-specs';

/** The dispatcher's, the delivery log's and the purge's queries, as the collections build them (see runtime/store/sqlite/query-plans.test.ts). */
const queries: [CollectionName, Filter, FindOptions?][] = [
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
];

describe('query plans of the event subscriptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-subscription-plans-'));
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
      if (plan.some((step) => /^SCAN \w+$/.test(step))) scans.push(`${sql}: ${plan.join('; ')}`);
    }
    db.close();
    await store.close();
    expect(scans).toEqual([]);
  });
});
