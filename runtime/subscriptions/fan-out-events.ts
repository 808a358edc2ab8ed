import type { DomainEventRecord } from '../store/event-records';
import type { Store } from '../store/store';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';

/**
 * Turns the domain events waiting in the store into one delivery per active subscription that
 * wants each, then deletes those events: `domain_events` is an outbox, and the delivery (which
 * carries its own copy of the payload) is the record from then on.
 *
 * No cursor: a cursor on `at` misses an event whose commit lands after a newer one (a worker
 * decides at `at`, then waits for the write lock or stalls), and SQLite's rowid is not reachable
 * through the Collection interface (nor exists in MongoDB). Whatever is still in the table has
 * not been fanned out, however late it arrived. Several processes may fan out the same events at
 * once: a delivery's id is `<subscription>:<event>` and inserted only if absent, so they agree.
 *
 * `readSubscriptions` is called after the events are read: a subscription that made the engine
 * write one of them was stored before it, so it is in what is read.
 */
export async function fanOutEvents(
  store: Store,
  readSubscriptions: () => Promise<readonly EventSubscriptionRecord[]>,
  now: Date,
  batchSize = 200,
): Promise<number> {
  const events = await store.domainEvents.find({}, { sort: { at: 1 }, limit: batchSize });
  if (events.length === 0) return 0;
  const subscriptions = await readSubscriptions();
  for (const event of events) {
    for (const subscription of subscriptions) {
      if (subscription.active && subscription.events.includes(event.type)) await store.eventDeliveries.insert(newDelivery(subscription.id, event, now));
    }
  }
  await store.domainEvents.removeMany({ id: { $in: events.map((event) => event.id) } });
  return events.length;
}

/** What a delivery is made from: a domain event, or the `ping` an admin's test sends. */
export type DeliverableEvent = Pick<DomainEventRecord, 'id' | 'at' | 'data'> & { type: EventDeliveryRecord['type']; contactId?: string };

export function newDelivery(subscriptionId: string, event: DeliverableEvent, now: Date): EventDeliveryRecord {
  const createdAt = now.toISOString();
  return {
    id: `${subscriptionId}:${event.id}`,
    subscriptionId,
    eventId: event.id,
    type: event.type,
    status: 'pending',
    attempts: 0,
    retryBase: 0,
    nextAttemptAt: createdAt,
    lastAttemptAt: null,
    lastError: null,
    lastStatus: null,
    createdAt,
    deliveredAt: null,
    // The contact first, so the engine's own data may still say more about it.
    payload: { id: event.id, type: event.type, at: event.at, data: event.contactId === undefined ? event.data : { contactId: event.contactId, ...event.data } },
  };
}
