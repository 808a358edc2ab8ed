import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportScope } from '../../reports/report-source';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';
import { sqliteReportSource } from './sqlite-report-source';

const range = { fromIso: '2026-01-01T00:00:00.000Z', toIso: '2026-02-01T00:00:00.000Z', fromHour: '2026-01-01T00', toHour: '2026-02-01T00' };
const scopes: ReportScope[] = [range, { ...range, team: 'Support', agent: 'u1', category: 'Billing', workflow: 'faq', tag: 'vip' }];

describe('query plans of the reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-report-plans-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read by index and never touch the messages table', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const db = new Database(join(dir, sqliteFileName));
    // Every statement the report source prepares, with the parameters it runs with.
    const ran: { sql: string; params: unknown }[] = [];
    const watched = new Proxy(db, {
      get(target, key) {
        if (key !== 'prepare') return Reflect.get(target, key) as unknown;
        return (sql: string) => {
          const statement = target.prepare(sql);
          const all = statement.all.bind(statement);
          return Object.assign(statement, { all: (params: unknown) => (ran.push({ sql, params }), all(params as never)) });
        };
      },
    });
    const source = sqliteReportSource(watched);
    for (const scope of scopes) {
      await source.conversations(scope, 'opened');
      await source.conversations(scope, 'closed');
      await source.countStillOpen(scope);
      await source.assignments(scope);
      await source.csat(scope);
      await source.messages(scope);
      await source.agentMessagesByTeam(scope);
    }
    await source.contacts(range);
    await source.runs(range);
    await source.runs(range, 'faq');
    await source.steps(range, 'faq', 1);
    await source.contactNames(['U1', 'U2']);
    await source.summaries(['c1']);
    expect(ran.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const { sql, params } of ran) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[]).map((row) => row.detail);
      if (plan.some((step) => /^SCAN \w+( USING COVERING INDEX \w+)?$/.test(step) && !step.includes('json_each')))
        problems.push(`${sql}\n  ${plan.join('; ')}`);
      if (/\bmessages\b/.test(sql.replace(/message_hours/g, ''))) problems.push(`reads the messages table: ${sql}`);
    }
    db.close();
    await store.close();
    expect(problems).toEqual([]);
  });
});
