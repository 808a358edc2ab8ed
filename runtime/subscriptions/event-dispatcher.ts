import type { Logger } from '../logging/create-logger';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';
import type { ActiveSubscriptions } from './active-subscriptions';
import { attemptDelivery, type AttemptDeps } from './attempt-delivery';
import { fanOutEvents } from './fan-out-events';

export interface DispatcherOptions {
  /** How often the store is looked at for new events and due deliveries. Default 1000 ms. */
  pollMs?: number;
  /** Attempts under way at once per subscription in this process: one slow receiver does not hold up the others. Default 4. */
  perSubscription?: number;
  /** Domain events fanned out per read. Default 200. */
  fanOutBatch?: number;
}

/** Batches fanned out per tick at most, so a backlog does not keep the sending waiting. */
const fanOutBatchesPerTick = 10;

/**
 * Runs in every runtime process: fans the new domain events out into deliveries, and makes the
 * attempts that are due. Processes sharing the store do not get in each other's way: fan-out is
 * idempotent and each attempt is claimed (see attemptDelivery), so more processes only means
 * more hands. Deliveries are due per subscription, so a dead receiver's backlog waits its turn
 * without delaying the others'.
 */
export class EventDispatcher {
  private readonly pollMs: number;
  private readonly perSubscription: number;
  private readonly fanOutBatch: number;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;
  /** Asked to look again while a look was under way (an attempt ended, freeing a place). */
  private again = false;

  constructor(
    private readonly active: ActiveSubscriptions,
    private readonly deps: AttemptDeps,
    private readonly log: Pick<Logger, 'warn' | 'error'>,
    options: DispatcherOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.perSubscription = options.perSubscription ?? 4;
    this.fanOutBatch = options.fanOutBatch ?? 200;
  }

  start(): void {
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Looks for work now (after a subscription changed, or a test inserted an event). */
  wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = this.tick()
      .catch((error: unknown) => this.log.error({ err: error }, 'event subscriptions: could not dispatch; trying again shortly'))
      .finally(() => {
        this.ticking = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Makes the next attempt of a delivery at once (an admin's test or resend); null when another process has it. */
  async attemptNow(delivery: EventDeliveryRecord, subscription: EventSubscriptionRecord): Promise<EventDeliveryRecord | null> {
    return this.track(delivery.id, attemptDelivery(delivery, subscription, this.deps));
  }

  /** Stops looking for work and waits for the attempts under way (each ends by its timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.ticking;
    await Promise.allSettled(this.inFlight.values());
  }

  private async tick(): Promise<void> {
    const { store } = this.deps;
    const readSubscriptions = async () => {
      await this.active.refresh();
      return this.active.list();
    };
    for (let i = 0; i < fanOutBatchesPerTick && !this.stopped; i++) {
      if ((await fanOutEvents(store, readSubscriptions, this.deps.now(), this.fanOutBatch)) < this.fanOutBatch) break;
    }
    const now = this.deps.now().toISOString();
    for (const subscription of this.active.list()) {
      if (this.stopped) return;
      const busy = [...this.inFlight.keys()].filter((id) => id.startsWith(`${subscription.id}:`)).length;
      const free = this.perSubscription - busy;
      if (free <= 0) continue;
      const due = await store.eventDeliveries.find(
        { subscriptionId: subscription.id, status: 'pending', nextAttemptAt: { $lte: now } },
        { sort: { nextAttemptAt: 1 }, limit: free + busy },
      );
      for (const delivery of due.filter((d) => !this.inFlight.has(d.id)).slice(0, free)) {
        void this.track(delivery.id, attemptDelivery(delivery, subscription, this.deps)).catch((error: unknown) =>
          this.log.warn({ err: error, deliveryId: delivery.id }, 'event subscriptions: an attempt could not be recorded; it is tried again after its lease'),
        );
      }
    }
  }

  private track<T>(id: string, work: Promise<T>): Promise<T> {
    this.inFlight.set(id, work);
    return work.finally(() => {
      if (this.inFlight.get(id) === work) this.inFlight.delete(id);
      // A place is free: a backlog goes out as fast as the receiver answers, not one batch per poll.
      this.wake();
    });
  }
}
