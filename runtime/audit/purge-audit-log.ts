import type { Logger } from '../logging/create-logger';
import type { Store } from '../store/store';

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

export interface AuditLogPurge {
  stop(): Promise<void>;
}

/** Purges now and every `everyMs` (default an hour) in the background, as the event archive's purge does. */
export function scheduleAuditLogPurge(
  store: Store,
  options: { retentionDays: number; log: Pick<Logger, 'info' | 'error'>; now?: () => Date; everyMs?: number },
): AuditLogPurge {
  const { retentionDays, log, now = () => new Date(), everyMs = 3_600_000 } = options;
  if (retentionDays <= 0) return { stop: async () => {} };
  let stopped = false;
  let running: Promise<void> | undefined;
  const purge = () => {
    if (running || stopped) return;
    running = purgeAuditLog(store, retentionDays, now(), () => stopped)
      .then((removed) => {
        if (removed > 0) log.info({ removed, retentionDays }, 'deleted audit log entries older than the retention');
      })
      .catch((error: unknown) => log.error({ err: error }, 'could not purge the audit log'))
      .finally(() => (running = undefined));
  };
  purge();
  const timer = setInterval(purge, everyMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
