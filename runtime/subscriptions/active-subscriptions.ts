import type { DomainEventGate } from '../engine/engine-deps';
import type { Logger } from '../logging/create-logger';
import type { DomainEventType } from '../store/event-records';
import type { Store } from '../store/store';
import type { EventSubscriptionRecord } from '../store/subscription-records';

/**
 * The active subscriptions, read from the store every `refreshMs` (and at once when this process
 * changes one), so the engine's question "does anyone want this event?" is answered from memory
 * on its hot path. Another process's change is seen within `refreshMs`: events of a type just
 * subscribed to are written from then on.
 */
export class ActiveSubscriptions implements DomainEventGate {
  private subscriptions: EventSubscriptionRecord[] = [];
  private types = new Set<DomainEventType>();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  wants(type: DomainEventType): boolean {
    return this.types.has(type);
  }

  /** The active subscriptions as last read. */
  list(): readonly EventSubscriptionRecord[] {
    return this.subscriptions;
  }

  /** Reads the subscriptions now; concurrent calls share one read. */
  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const active = (await this.store.eventSubscriptions.find({})).filter((s) => s.active);
        this.subscriptions = active;
        this.types = new Set(active.flatMap((s) => s.events));
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** Reads now, then every `refreshMs` in the background (the timer does not keep the process alive). */
  async start(refreshMs: number): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.log.warn({ err: error }, 'could not read the event subscriptions; using the last ones read'));
    }, refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
