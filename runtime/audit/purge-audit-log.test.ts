import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntryRecord } from '../store/audit-records';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import { purgeAuditLog } from './purge-audit-log';

describe('audit log retention', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-audit-purge-'));
  const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const entry = (at: string, n: number): AuditEntryRecord => ({
    id: `${at}-${String(n).padStart(10, '0')}`,
    at,
    action: 'workflow.saved',
    operationId: 'saveWorkflow',
    actor: { kind: 'api-token', id: 'api-token', name: 'API token' },
    target: { type: 'workflow', id: 'w1' },
    method: 'PUT',
    path: '/api/workflows/w1',
    status: 200,
    address: '127.0.0.1',
    userAgent: null,
    changes: null,
  });

  it('deletes the entries older than the retention, in batches, and keeps the rest', async () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    for (let n = 0; n < 1200; n++) await store.auditLog.insert(entry('2025-05-01T00:00:00.000Z', n));
    await store.auditLog.insert(entry('2025-06-02T00:00:00.000Z', 0));
    expect(await purgeAuditLog(store, 0, now)).toBe(0);
    expect(await purgeAuditLog(store, 365, now)).toBe(1200);
    expect((await store.auditLog.find({})).map((e) => e.at)).toEqual(['2025-06-02T00:00:00.000Z']);
  });
});
