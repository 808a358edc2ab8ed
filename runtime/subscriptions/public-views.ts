import type { EventDeliveryItem, EventSubscriptionItem } from '../../shared/api/subscriptions-api';
import type { Store } from '../store/store';
import type { EventDeliveryAttemptRecord, EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';

/** A subscription as the API shows it: never its secret (shown once, on creation), with how its deliveries stand. */
export async function publicSubscription(store: Store, subscription: EventSubscriptionRecord): Promise<EventSubscriptionItem> {
  const [pending, failed] = await Promise.all([
    store.eventDeliveries.count({ subscriptionId: subscription.id, status: 'pending' }),
    store.eventDeliveries.count({ subscriptionId: subscription.id, status: 'failed' }),
  ]);
  return {
    id: subscription.id,
    url: subscription.url,
    ...(subscription.description ? { description: subscription.description } : {}),
    events: subscription.events,
    active: subscription.active,
    secret: 'set',
    pending,
    failed,
    createdAt: subscription.createdAt,
    updatedAt: subscription.updatedAt,
  };
}

/** Deliveries as the log shows them, each with its attempts (read in one query). */
export async function publicDeliveries(store: Store, deliveries: EventDeliveryRecord[]): Promise<EventDeliveryItem[]> {
  if (deliveries.length === 0) return [];
  const attempts = await store.eventDeliveryAttempts.find({ deliveryId: { $in: deliveries.map((d) => d.id) } });
  const byDelivery = new Map<string, EventDeliveryAttemptRecord[]>();
  for (const attempt of attempts) byDelivery.set(attempt.deliveryId, [...(byDelivery.get(attempt.deliveryId) ?? []), attempt]);
  return deliveries.map((delivery) => ({
    id: delivery.id,
    subscriptionId: delivery.subscriptionId,
    eventId: delivery.eventId,
    type: delivery.type,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt,
    lastAttemptAt: delivery.lastAttemptAt,
    lastError: delivery.lastError,
    lastStatus: delivery.lastStatus,
    createdAt: delivery.createdAt,
    deliveredAt: delivery.deliveredAt,
    payload: delivery.payload,
    tries: (byDelivery.get(delivery.id) ?? [])
      .sort((a, b) => a.attempt - b.attempt)
      .map((a) => ({
        attempt: a.attempt,
        startedAt: a.startedAt,
        outcome: a.outcome,
        ...(a.responseStatus === undefined ? {} : { responseStatus: a.responseStatus }),
        ...(a.error === undefined ? {} : { error: a.error }),
        ...(a.durationMs === undefined ? {} : { durationMs: a.durationMs }),
      })),
  }));
}
