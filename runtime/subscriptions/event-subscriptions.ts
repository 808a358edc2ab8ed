import { hostname } from 'node:os';
import type { SecretBox } from '../auth/secret-box';
import type { RuntimeConfig } from '../config/load-config';
import { AddressPolicy } from '../http/address-policy';
import { guardedRequest } from '../http/guarded-request';
import type { Logger } from '../logging/create-logger';
import type { Store } from '../store/store';
import { scheduleRetentionPurge } from '../store/schedule-retention-purge';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';
import { ActiveSubscriptions } from './active-subscriptions';
import { EventDispatcher, type DispatcherOptions } from './event-dispatcher';
import { purgeDeliveries } from './purge-deliveries';

export interface EventSubscriptionsOptions {
  store: Store;
  secrets: SecretBox;
  log: Logger;
  config: Pick<RuntimeConfig, 'httpAllowlist' | 'httpMaxResponseBytes' | 'eventRetentionDays' | 'eventDeliveryRetrySeconds' | 'eventDeliveryTimeoutMs'>;
  now?: () => Date;
  /** How often another process's change of the subscriptions is picked up. Default 2000 ms. */
  refreshMs?: number;
  dispatcher?: DispatcherOptions;
  /** How often old deliveries are purged. Default one hour. */
  purgeEveryMs?: number;
}

/** The event subscriptions ("data out") of one runtime process: the engine's gate, the dispatcher, and what the API needs. */
export interface EventSubscriptions {
  /** The engine's DomainEventGate: whether any active subscription wants a type. */
  gate: ActiveSubscriptions;
  /** The address policy of HTTP steps, which subscription URLs must pass too. */
  policy: AddressPolicy;
  /** Call after this process changed a subscription: the gate and the dispatcher see it at once. */
  changed(): Promise<void>;
  /** Makes the next attempt of a delivery now; null when another process is making it. */
  attemptNow(delivery: EventDeliveryRecord, subscription: EventSubscriptionRecord): Promise<EventDeliveryRecord | null>;
  /** Stops dispatching and purging, waiting for attempts under way (each ends by its timeout). */
  stop(): Promise<void>;
}

/** Starts the event subscriptions of this process; the gate has read the subscriptions when it resolves. */
export async function startEventSubscriptions(options: EventSubscriptionsOptions): Promise<EventSubscriptions> {
  const { store, secrets, log, config } = options;
  const now = options.now ?? (() => new Date());
  const policy = new AddressPolicy(config.httpAllowlist);
  const gate = new ActiveSubscriptions(store, log);
  await gate.start(options.refreshMs ?? 2000);
  const dispatcher = new EventDispatcher(
    gate,
    {
      store,
      // Redirects are not followed: a 301/302 turns a POST into a GET without its body.
      send: (request, timeoutMs) => guardedRequest(request, { policy, timeoutMs, maxBytes: config.httpMaxResponseBytes, maxRedirects: 0 }),
      openSecret: (sealed) => secrets.open(sealed),
      now,
      timeoutMs: config.eventDeliveryTimeoutMs,
      retryDelaysMs: config.eventDeliveryRetrySeconds.map((seconds) => seconds * 1000),
      workerId: `${hostname()}:${process.pid}`,
    },
    log,
    options.dispatcher,
  );
  dispatcher.start();

  const purge = scheduleRetentionPurge('event deliveries', (days, at, shouldStop) => purgeDeliveries(store, days, at, shouldStop), {
    retentionDays: config.eventRetentionDays,
    log,
    now,
    everyMs: options.purgeEveryMs,
  });

  return {
    gate,
    policy,
    changed: async () => {
      await gate.refresh();
      dispatcher.wake();
    },
    attemptNow: (delivery, subscription) => dispatcher.attemptNow(delivery, subscription),
    stop: async () => {
      const purged = purge.stop();
      gate.stop();
      await dispatcher.stop();
      await purged;
    },
  };
}
