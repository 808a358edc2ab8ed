import type { DomainEventType } from './event-records';

/** What the event subscriptions ("data out") keep: who wants which events, and each delivery to them. */

/** An admin's subscription: the events of these types are POSTed, signed, to `url`. */
export interface EventSubscriptionRecord {
  id: string;
  url: string;
  /** What the admin calls it ("Google Sheets bridge"); optional. */
  description?: string;
  events: DomainEventType[];
  /** The signing secret, sealed with the SecretBox (shown in plain once, when created). */
  secret: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The body every delivery POSTs; the id is the domain event's, the same for every subscription. */
export interface DeliveryPayload {
  id: string;
  type: DomainEventType | 'ping';
  at: string;
  data: Record<string, unknown>;
}

/** One event for one subscription: its id is `<subscriptionId>:<eventId>`, so an event is delivered once per subscription. */
export interface EventDeliveryRecord {
  id: string;
  subscriptionId: string;
  eventId: string;
  type: DomainEventType | 'ping';
  /** `failed`: every attempt of the schedule failed (an admin may resend). */
  status: 'pending' | 'delivered' | 'failed';
  /** Attempts made, all rounds together; each has its EventDeliveryAttemptRecord. */
  attempts: number;
  /** Attempts made before the last resend: the retry schedule counts from here. */
  retryBase: number;
  /** When a pending delivery is next tried; while an attempt is under way, when its lease ends. Null: not scheduled. */
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last failed attempt failed (kept after a later success, for the log). */
  lastError: string | null;
  /** The HTTP status of the last answer, if any. */
  lastStatus: number | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: DeliveryPayload;
}

/**
 * One attempt of a delivery, id `<deliveryId>#<n>`. Inserting it is the claim: only the process
 * whose insert succeeded makes attempt n, so processes sharing the store never send it twice at once.
 */
export interface EventDeliveryAttemptRecord {
  id: string;
  deliveryId: string;
  subscriptionId: string;
  attempt: number;
  startedAt: string;
  /** `sending` until the answer; `abandoned` when the process making it died (its lease ran out). */
  outcome: 'sending' | 'delivered' | 'error' | 'abandoned';
  responseStatus?: number;
  error?: string;
  durationMs?: number;
  /** host:pid of the process that made it. */
  by?: string;
}
