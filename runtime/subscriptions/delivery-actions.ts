/** What an admin does to deliveries by hand: test a subscription, resend a delivery. */
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';
import { leaseFor } from './attempt-delivery';
import type { EventSubscriptions } from './event-subscriptions';
import { newDelivery } from './fan-out-events';

export class DeliveryBusyError extends Error {
  override name = 'DeliveryBusyError';
}

/**
 * An admin's resend: the delivery (delivered, failed or waiting for a retry) is attempted now, by
 * this process, and if that fails it is retried on a fresh round of the schedule. Refused while
 * another attempt of it is under way. Returns the delivery afterwards.
 */
export async function resendDelivery(
  store: Store,
  subscriptions: Pick<EventSubscriptions, 'attemptNow'>,
  delivery: EventDeliveryRecord,
  subscription: EventSubscriptionRecord,
  timeoutMs: number,
): Promise<EventDeliveryRecord> {
  const last = await store.eventDeliveryAttempts.get(`${delivery.id}#${delivery.attempts}`);
  if (last?.outcome === 'sending' && Date.now() - Date.parse(last.startedAt) < leaseFor(timeoutMs)) {
    throw new DeliveryBusyError(`Delivery "${delivery.id}" is being sent right now; look again in a few seconds`);
  }
  // Not due for the dispatchers meanwhile (nextAttemptAt null): this call makes the attempt.
  const ready = await store.eventDeliveries.patch(delivery.id, { status: 'pending', retryBase: delivery.attempts, nextAttemptAt: null });
  if (!ready) return delivery;
  return (await subscriptions.attemptNow(ready, subscription)) ?? (await handOver(store, delivery.id)) ?? ready;
}

/**
 * An admin's test of a subscription (active or not): a `ping` event, attempted once, now, by this
 * process, and kept in the delivery log like any other. Returns the delivery afterwards.
 */
export async function sendPing(
  store: Store,
  subscriptions: Pick<EventSubscriptions, 'attemptNow'>,
  subscription: EventSubscriptionRecord,
  now: Date,
): Promise<EventDeliveryRecord> {
  const created = newDelivery(
    subscription.id,
    { id: `ping_${randomUUID()}`, type: 'ping', at: now.toISOString(), data: { subscriptionId: subscription.id } },
    now,
  );
  // Not due for the dispatchers: this call makes the one attempt itself.
  const ping: EventDeliveryRecord = { ...created, nextAttemptAt: null };
  await store.eventDeliveries.put(ping);
  return (await subscriptions.attemptNow(ping, subscription)) ?? (await handOver(store, ping.id)) ?? ping;
}

/**
 * Another process holds the attempt this call meant to make (it claimed the same number): the
 * delivery is left due, so that if that process died, a dispatcher takes it up after the lease.
 */
export async function handOver(store: Store, id: string): Promise<EventDeliveryRecord | null> {
  const current = await store.eventDeliveries.get(id);
  if (current?.status !== 'pending' || current.nextAttemptAt !== null) return current;
  return store.eventDeliveries.patch(id, { nextAttemptAt: new Date().toISOString() });
}
