import type { Logger } from '../logging/create-logger';

export interface RetentionPurge {
  /** Stops the schedule and waits for a purge under way (it stops after its current batch). */
  stop(): Promise<void>;
}

export interface RetentionPurgeOptions {
  /** Days kept; 0 keeps everything (nothing is scheduled). */
  retentionDays: number;
  log: Pick<Logger, 'info' | 'error'>;
  /** Default `() => new Date()`. */
  now?: () => Date;
  /** Default one hour. */
  everyMs?: number;
}

/** Deletes what is older than the retention, in batches, until done or `shouldStop()`; resolves to how many went. */
export type PurgeOlder = (retentionDays: number, now: Date, shouldStop: () => boolean) => Promise<number>;

/**
 * Purges once now and then every hour, in the background: the timer does not keep the process
 * alive, a purge still running when the next is due is not doubled, and a failed purge is logged
 * and tried again at the next hour. `what` names the data in the log ("audit log entries").
 */
export function scheduleRetentionPurge(what: string, purgeOlder: PurgeOlder, options: RetentionPurgeOptions): RetentionPurge {
  const { retentionDays, log, now = () => new Date(), everyMs = 3_600_000 } = options;
  if (retentionDays <= 0) return { stop: async () => {} };
  let stopped = false;
  let running: Promise<void> | undefined;
  const purge = () => {
    if (running || stopped) return;
    running = purgeOlder(retentionDays, now(), () => stopped)
      .then((removed) => {
        if (removed > 0) log.info({ removed, retentionDays }, `deleted ${what} older than the retention`);
      })
      .catch((error: unknown) => log.error({ err: error }, `could not purge old ${what}`))
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
