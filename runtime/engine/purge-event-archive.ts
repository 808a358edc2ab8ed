import type { Store } from '../store/store';

const dayMs = 86_400_000;
/** Events deleted per statement: one DELETE of a month's events would hold the write lock (and the event loop) for seconds. */
const batchSize = 500;

/**
 * Deletes the archived inbound events received more than `retentionDays` before `now`, oldest
 * first in small batches; `retentionDays` 0 keeps everything. Returns how many were deleted.
 * `shouldStop` is asked between batches, so a stopping process does not wait for a long purge.
 */
export async function purgeEventArchive(store: Store, retentionDays: number, now: Date, shouldStop: () => boolean = () => false): Promise<number> {
  if (retentionDays <= 0) return 0;
  const cutoff = new Date(now.getTime() - retentionDays * dayMs).toISOString();
  let removed = 0;
  while (!shouldStop()) {
    const oldest = await store.inboundEvents.find({ receivedAt: { $lt: cutoff } }, { sort: { receivedAt: 1 }, limit: batchSize });
    if (oldest.length === 0) break;
    removed += await store.inboundEvents.removeMany({ id: { $in: oldest.map((event) => event.id) } });
    // Lets the requests and jobs of this process run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return removed;
}
