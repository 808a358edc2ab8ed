import type { Store } from '../store/store';
import { scheduleRetentionPurge, type RetentionPurge, type RetentionPurgeOptions } from '../store/schedule-retention-purge';

const dayMs = 86_400_000;
/** Entries deleted per statement, so a purge never holds the write lock (or the event loop) long. */
const batchSize = 500;

/**
 * Deletes the audit entries older than `retentionDays` (0 keeps everything), oldest first in small
 * batches; the ids start with the entry's time, so "older than" is a range of the primary key.
 */
export async function purgeAuditLog(store: Store, retentionDays: number, now: Date, shouldStop: () => boolean = () => false): Promise<number> {
  if (retentionDays <= 0) return 0;
  const cutoff = new Date(now.getTime() - retentionDays * dayMs).toISOString();
  let removed = 0;
  while (!shouldStop()) {
    const oldest = await store.auditLog.find({ id: { $lt: cutoff } }, { sort: { id: 1 }, limit: batchSize });
    if (oldest.length === 0) break;
    removed += await store.auditLog.removeMany({ id: { $in: oldest.map((entry) => entry.id) } });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return removed;
}

/** Purges now and every hour in the background (see scheduleRetentionPurge). */
export const scheduleAuditLogPurge = (store: Store, options: RetentionPurgeOptions): RetentionPurge =>
  scheduleRetentionPurge('audit log entries', (days, now, shouldStop) => purgeAuditLog(store, days, now, shouldStop), options);
