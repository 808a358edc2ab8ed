import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { anyJson, closedObject, flag, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

/** The events a subscription may ask for: the domain events the engine writes (runtime/store/event-records.ts re-exports them). */
export const subscribableEventTypes = [
  'conversation.opened',
  'conversation.assigned',
  'conversation.closed',
  'message.received',
  'message.sent',
  'csat.answered',
  'contact.created',
  'contact.updated',
] as const;

export type SubscribableEventType = (typeof subscribableEventTypes)[number];

const eventType = { enum: subscribableEventTypes } as const;
const events = { type: 'array', items: eventType, minItems: 1, uniqueItems: true, description: 'The event types to deliver (at least one)' } as const;
const url = { type: 'string', maxLength: 2000, description: 'An http:// or https:// URL the address policy of HTTP steps allows' } as const;
const description = { type: 'string', maxLength: 200 } as const;
const deliveryStatus = { enum: ['pending', 'delivered', 'failed'] } as const;

export const eventSubscriptionSchema = openObject(
  {
    id: text,
    url: text,
    description: text,
    events: listOf(eventType),
    active: flag,
    secret: { type: 'string', description: '"set": the signing secret is shown only once, in the answer that creates the subscription' },
    pending: { ...wholeNumber, description: 'Deliveries waiting to be sent or retried' },
    failed: { ...wholeNumber, description: 'Deliveries that failed every attempt' },
    createdAt: time,
    updatedAt: time,
  },
  ['id', 'url', 'events', 'active', 'secret', 'pending', 'failed', 'createdAt', 'updatedAt'],
);

const attemptSchema = openObject(
  {
    attempt: wholeNumber,
    startedAt: time,
    outcome: { enum: ['sending', 'delivered', 'error', 'abandoned'] },
    responseStatus: wholeNumber,
    error: text,
    durationMs: wholeNumber,
  },
  ['attempt', 'startedAt', 'outcome'],
);

export const eventDeliverySchema = openObject(
  {
    id: text,
    subscriptionId: text,
    eventId: text,
    type: text,
    status: deliveryStatus,
    attempts: wholeNumber,
    nextAttemptAt: nullable(time),
    lastAttemptAt: nullable(time),
    lastError: nullable(text),
    lastStatus: nullable(wholeNumber),
    createdAt: time,
    deliveredAt: nullable(time),
    payload: { ...anyJson, description: 'The JSON body POSTed: {id, type, at, data}' },
    tries: { ...listOf(attemptSchema), description: 'Each attempt, oldest first' },
  },
  ['id', 'subscriptionId', 'eventId', 'type', 'status', 'attempts', 'nextAttemptAt', 'lastError', 'lastStatus', 'createdAt', 'deliveredAt', 'payload', 'tries'],
);

export type EventSubscriptionItem = ApiType<typeof eventSubscriptionSchema>;
export type EventDeliveryItem = ApiType<typeof eventDeliverySchema>;
export type EventDeliveryStatus = EventDeliveryItem['status'];

const byId = '/api/event-subscriptions/:id';

/**
 * Event subscriptions ("data out"): admins subscribe URLs to events; each delivery is a signed
 * JSON POST, retried with backoff, and kept in a delivery log with its attempts.
 */
export const subscriptionsRoutes = {
  listEventSubscriptions: {
    method: 'GET',
    path: '/api/event-subscriptions',
    summary: 'Every event subscription, oldest first',
    auth: 'admin',
    response: openObject({ subscriptions: listOf(eventSubscriptionSchema), eventTypes: listOf(eventType) }, ['subscriptions', 'eventTypes']),
  },
  createEventSubscription: {
    method: 'POST',
    path: '/api/event-subscriptions',
    summary: 'Subscribe a URL to events; the answer holds the signing secret, shown this once',
    auth: 'admin',
    status: 201,
    body: closedObject({ url, events, description, active: flag }, ['url', 'events']),
    response: eventSubscriptionSchema,
  },
  updateEventSubscription: {
    method: 'PATCH',
    path: byId,
    summary: "Change a subscription's URL, events, description, or turn it on or off",
    auth: 'admin',
    body: closedObject({ url, events, description, active: flag }),
    response: eventSubscriptionSchema,
  },
  deleteEventSubscription: {
    method: 'DELETE',
    path: byId,
    summary: 'Delete a subscription and its delivery log',
    auth: 'admin',
    status: 204,
    response: null,
  },
  testEventSubscription: {
    method: 'POST',
    path: `${byId}/test`,
    summary: 'Send a `ping` event now (once, not retried) and answer how it went',
    auth: 'admin',
    response: eventDeliverySchema,
  },
  listEventDeliveries: {
    method: 'GET',
    path: `${byId}/deliveries`,
    summary: "A subscription's deliveries, newest first (50 unless `limit` says up to 200)",
    auth: 'admin',
    query: closedObject({ status: deliveryStatus, limit: { type: 'string', pattern: '^[0-9]{1,3}$' } }),
    response: openObject({ deliveries: listOf(eventDeliverySchema) }, ['deliveries']),
  },
  resendEventDelivery: {
    method: 'POST',
    path: '/api/event-deliveries/:id/resend',
    summary: 'Send a delivery again now; if that fails it is retried on a fresh schedule',
    auth: 'admin',
    response: eventDeliverySchema,
  },
} as const satisfies Record<string, ApiRoute>;
