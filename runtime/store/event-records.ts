/** What the store keeps about inbound events themselves: the archive and the dead letters. */

/** An event that failed every attempt, set aside so the contact's next events go on. */
export interface DeadLetterRecord {
  id: string; // the event id
  contactId: string;
  event: unknown;
  error: string;
  attempts: number;
  status: 'waiting' | 'retried' | 'discarded';
  createdAt: string;
  updatedAt: string;
}

/** Every inbound event, raw, with what became of it: for audit and for replay in the editor. */
export interface InboundEventRecord {
  id: string;
  contactId: string;
  kind: string;
  /** The event as LineFlow received it (for LINE events, the webhook's event object). */
  raw: unknown;
  receivedAt: string;
  outcome: 'received' | 'applied' | 'duplicate' | 'dead-lettered' | 'ignored';
  /** The run it started or resumed, if any. */
  runId?: string | null;
  error?: string;
  handledAt?: string;
  /** The worker process that applied it (host:pid). */
  handledBy?: string;
}

/** Something that happened, kept for the event subscriptions to deliver (written only while one wants its type). */
export interface DomainEventRecord {
  id: string;
  type: DomainEventType;
  at: string;
  contactId: string;
  data: Record<string, unknown>;
}

/** The list lives with the API (shared/), which subscribers read; the engine writes the same types. */
export { subscribableEventTypes as domainEventTypes } from '../../shared/api/subscriptions-api';
export type DomainEventType = import('../../shared/api/subscriptions-api').SubscribableEventType;
