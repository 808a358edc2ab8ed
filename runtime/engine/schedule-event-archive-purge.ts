import type { Logger } from '../logging/create-logger';
import type { Store } from '../store/store';
import { purgeEventArchive } from './purge-event-archive';

export interface EventArchivePurge {
  /** Stops the schedule and waits for a purge under way (it stops after its current batch). */
  stop(): Promise<void>;
}

export interface EventArchivePurgeOptions {
  /** Days kept; 0 keeps the archive forever (nothing is scheduled). */
  retentionDays: number;
  log: Pick<Logger, 'info' | 'error'>;
  /** Default `() => new Date()`. */
  now?: () => Date;
  /** Default one hour. */
  everyMs?: number;
}

/**
 * Purges the event archive once now and then every hour, in the background: the timer does not
 * keep the process alive, a purge still running when the next is due is not doubled, and a failed
 * purge is logged and tried again at the next hour.
 */
export function scheduleEventArchivePurge(store: Store, options: EventArchivePurgeOptions): EventArchivePurge {
  const { retentionDays, log, now = () => new Date(), everyMs = 3_600_000 } = options;
  if (retentionDays <= 0) return { stop: async () => {} };
  let stopped = false;
  let running: Promise<void> | undefined;
  const purge = () => {
    if (running || stopped) return;
    running = purgeEventArchive(store, retentionDays, now(), () => stopped)
      .then((removed) => {
        if (removed > 0) log.info({ removed, retentionDays }, 'deleted events older than the retention from the event archive');
      })
      .catch((error: unknown) => log.error({ err: error }, 'could not purge the event archive'))
      .finally(() => (running = undefined));
  };
  purge();
  const timer = setInterval(purge, everyMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
