import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runLogQuery, type RunLogFilters } from '../../api/run-log-query';
import type { Filter, FindOptions } from '../collection';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';
import { toSqlOrder, toSqlWhere } from './sql-filter';
import { tableSpecs } from './table-specs';

/** Every filter of the run log (GET /api/workflows/:id/runs), and the failed count beside it. */
const shapes: RunLogFilters[] = [
  {},
  { status: 'failed' },
  { version: '3' },
  { status: 'failed', version: '3' },
  { from: '2026-01-01', to: '2026-01-31' },
  { status: 'completed', from: '2026-01-01', before: '2026-01-20T10:00:00.000Z' },
  { test: 'true' },
  { before: '2026-01-20T10:00:00.000Z' },
];

describe('query plans of the run log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-run-log-plans-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each page and each count through an index of the runs, never a scan of the table', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const db = new Database(join(dir, sqliteFileName), { readonly: true });
    const plans: { sql: string; plan: string[] }[] = [];
    const explain = (filter: Filter, options?: FindOptions) => {
      const where = toSqlWhere(tableSpecs.runs, filter);
      const sql = `SELECT doc FROM runs ${where.sql}${toSqlOrder(tableSpecs.runs, options)}`;
      plans.push({ sql, plan: (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...where.params) as { detail: string }[]).map((row) => row.detail) });
    };
    for (const shape of shapes) {
      const query = runLogQuery('w1', shape);
      const { filter, options } = query.page(query.before);
      explain(filter, options);
      for (const failed of query.failedFilters) explain(failed);
    }
    db.close();
    await store.close();
    const scans = plans.filter(({ plan }) => plan.some((step) => /^SCAN runs$/.test(step)));
    expect(scans).toEqual([]);
    // Counting the failed runs reads the status index, not every run of the workflow.
    const counts = plans.filter(({ sql }) => !sql.includes('ORDER BY') && !/version (=|<)/.test(sql));
    expect(counts.length).toBeGreaterThan(3);
    for (const { sql, plan } of counts) expect(plan.join('; '), sql).toMatch(/USING (COVERING )?INDEX runs_workflow \(workflow_id=\? AND status=\?/);
    // The unfiltered page, the most common, is read in index order: no sort of all the workflow's runs.
    expect(plans[0]?.plan.join('; ')).toMatch(/USING INDEX runs_workflow_started/);
    expect(plans[0]?.plan.join('; ')).not.toMatch(/TEMP B-TREE/);
  });
});
