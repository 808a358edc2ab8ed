import type { Filter } from '../store/collection';
import type { Store } from '../store/store';

const dayMs = 86_400_000;
/** Rows deleted per statement: one large DELETE would hold SQLite's write lock (and this process's event loop) for seconds. */
const batchSize = 500;

/**
 * Deletes the deliveries (with their attempts) created more than `retentionDays` before `now`,
 * and domain events as old that were never fanned out, in small batches, the way the event
 * archive is purged (EVENT_RETENTION_DAYS; 0 keeps everything). Returns the deliveries deleted.
 */
export async function purgeDeliveries(store: Store, retentionDays: number, now: Date, shouldStop: () => boolean = () => false): Promise<number> {
  if (retentionDays <= 0) return 0;
  const cutoff = new Date(now.getTime() - retentionDays * dayMs).toISOString();
  const removed = await removeDeliveries(store, { createdAt: { $lt: cutoff } }, shouldStop);
  while (!shouldStop()) {
    const stale = await store.domainEvents.find({ at: { $lt: cutoff } }, { sort: { at: 1 }, limit: batchSize });
    if (stale.length === 0) break;
    await store.domainEvents.removeMany({ id: { $in: stale.map((event) => event.id) } });
    await yieldToOthers();
  }
  return removed;
}

/** Deletes the deliveries a filter matches, and their attempts, a batch at a time (a subscription's, when it is deleted). */
export async function removeDeliveries(store: Store, filter: Filter, shouldStop: () => boolean = () => false): Promise<number> {
  let removed = 0;
  while (!shouldStop()) {
    const batch = await store.eventDeliveries.find(filter, { limit: batchSize });
    if (batch.length === 0) break;
    const ids = batch.map((delivery) => delivery.id);
    await store.eventDeliveryAttempts.removeMany({ deliveryId: { $in: ids } });
    removed += await store.eventDeliveries.removeMany({ id: { $in: ids } });
    await yieldToOthers();
  }
  return removed;
}

/** Lets the requests and jobs of this process run between batches. */
function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
