import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundEventRecord } from '../store/event-records';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import type { Store } from '../store/store';
import { eventually, startTestRuntime } from '../testing/test-runtime';
import { purgeEventArchive } from './purge-event-archive';
import { scheduleEventArchivePurge } from './schedule-event-archive-purge';

const now = new Date('2026-03-31T12:00:00.000Z');
const daysAgo = (days: number, extraMs = 0) => new Date(now.getTime() - days * 86_400_000 + extraMs).toISOString();
const archived = (id: string, receivedAt: string): InboundEventRecord => ({
  id,
  contactId: `U-${id.slice(0, 3)}`,
  kind: 'message',
  raw: { webhookEventId: id },
  receivedAt,
  outcome: 'applied',
  runId: null,
});

let dir = '';
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lineflow-purge-'));
  store = openSqliteStore(dir);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function seed(): Promise<void> {
  // More old events than one batch deletes, so the purge must go round.
  const old = Array.from({ length: 1234 }, (_, i) => archived(`old-${i}`, daysAgo(31 + (i % 200))));
  const kept = [archived('new-1', daysAgo(1)), archived('new-2', daysAgo(29)), archived('edge-kept', daysAgo(30, 1)), archived('edge-gone', daysAgo(30, -1))];
  await store.commit({ puts: { inboundEvents: [...old, ...kept] } });
}

describe('purgeEventArchive', () => {
  it('deletes every event received before the retention, in batches, and keeps the rest', async () => {
    await seed();
    expect(await purgeEventArchive(store, 30, now)).toBe(1235);
    const left = await store.inboundEvents.find({}, { sort: { receivedAt: 1 } });
    expect(left.map((e) => e.id)).toEqual(['edge-kept', 'new-2', 'new-1']);
    expect(await purgeEventArchive(store, 30, now)).toBe(0);
  });

  it('keeps everything when the retention is 0 (forever)', async () => {
    await seed();
    expect(await purgeEventArchive(store, 0, now)).toBe(0);
    expect(await store.inboundEvents.count({})).toBe(1238);
  });

  it('stops between batches when asked', async () => {
    await seed();
    let batches = 0;
    expect(await purgeEventArchive(store, 30, now, () => batches++ >= 1)).toBe(500);
    expect(await store.inboundEvents.count({})).toBe(1238 - 500);
  });
});

describe('scheduleEventArchivePurge', () => {
  const quiet = { info: () => {}, error: () => {} };

  it('purges at once and again on schedule, and not after stop', async () => {
    await store.inboundEvents.put(archived('old-a', daysAgo(40)));
    let clock = now;
    const purge = scheduleEventArchivePurge(store, { retentionDays: 30, log: quiet, now: () => clock, everyMs: 20 });
    await eventually(async () => (await store.inboundEvents.count({})) === 0, 2000, 'the purge at start');
    // An event that ages past the retention later is deleted by a later run.
    await store.inboundEvents.put(archived('ages', daysAgo(29)));
    clock = new Date(now.getTime() + 2 * 86_400_000);
    await eventually(async () => (await store.inboundEvents.count({})) === 0, 2000, 'a scheduled purge');
    await purge.stop();
    await store.inboundEvents.put(archived('after-stop', daysAgo(100)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await store.inboundEvents.get('after-stop')).not.toBeNull();
  });

  it('logs a failed purge instead of throwing, and tries again', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const failing = {
      ...store,
      inboundEvents: {
        ...store.inboundEvents,
        find: async () => {
          calls++;
          throw new Error('disk on fire');
        },
      },
    } as unknown as Store;
    const purge = scheduleEventArchivePurge(failing, { retentionDays: 30, log: { info: () => {}, error: (o: unknown) => errors.push(o) }, everyMs: 20 });
    await eventually(() => calls >= 2, 2000, 'a second attempt');
    await purge.stop();
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(String((errors[0] as { err: Error }).err.message)).toBe('disk on fire');
  });
});

describe('the runtime purges the event archive', () => {
  it('at start, keeping the events within EVENT_RETENTION_DAYS', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-purge-start-'));
    const seeded = openSqliteStore(dataDir);
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const old = new Date(Date.now() - 8 * 86_400_000).toISOString();
    await seeded.commit({ puts: { inboundEvents: [archived('recent', recent), archived('old-1', old), archived('old-2', old)] } });
    await seeded.close();
    const t = await startTestRuntime({ simulated: true, env: { DATA_DIR: dataDir, EVENT_RETENTION_DAYS: '7' } });
    try {
      expect(t.config.eventRetentionDays).toBe(7);
      await eventually(async () => (await t.runtime.services.store.inboundEvents.count({})) === 1, 5000, 'the purge at start');
      expect(await t.runtime.services.store.inboundEvents.get('recent')).toMatchObject({ receivedAt: recent });
    } finally {
      await t.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
