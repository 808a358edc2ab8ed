import type { LineTransport } from '../line/line-transport';
import type { Logger } from '../logging/create-logger';
import type { TimerEffect } from '../store/records';
import type { Store } from '../store/store';
import type { PublishedWorkflows } from './published-workflows';

/** What the engine needs from the outside, passed in (tests pass fakes). */
export interface EngineDeps {
  store: Store;
  workflows: PublishedWorkflows;
  transport: LineTransport;
  log: Logger;
  now: () => Date;
  /** Sets a delayed job that files a timer event for the contact when due. Idempotent per effect id. */
  scheduleTimer: (contactId: string, timer: TimerEffect) => Promise<void>;
  /** Files an event for a contact (an HTTP step's answer), in order with its other events. Idempotent per event id. */
  fileEvent: (event: import('../queue/inbound-event').InboundEvent) => Promise<void>;
  /** HTTP to outside systems, guarded by the address policy (HTTP steps). */
  http: (request: import('../http/guarded-request').OutgoingRequest, timeoutMs: number) => Promise<import('../http/guarded-request').HttpAnswer>;
  /** Identifies this worker process in the event archive (host:pid). */
  workerId?: string;
  /** Tests only: called at points of handling an event (see RuntimeConfig.testPause). */
  pauseAt?: (point: 'before-commit' | 'after-commit', event: import('../queue/inbound-event').InboundEvent) => void;
  /** Told after every message stored for a contact (the simulator streams them). */
  onMessage?: (message: import('../store/records').MessageRecord) => void;
  /** Counts what the engine does (events, messages, runs) for `GET /metrics`. */
  metrics?: import('../metrics/metrics').RuntimeMetrics;
  /** Told after a conversation changed (opened, assigned, closed): the inbox updates live. */
  onConversation?: (conversation: import('../store/records').ConversationRecord) => void;
  /** Told after an event's decision is committed (the test chat refreshes its run's trace and variables). */
  onApplied?: (contactId: string, eventId: string) => void;
  /** Which domain events some subscription wants: only those are written (absent: none). */
  domainEvents?: DomainEventGate;
}

export interface DomainEventGate {
  wants(type: import('../store/event-records').DomainEventType): boolean;
}
