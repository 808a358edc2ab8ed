import type { Store } from '../store/store';
import { scheduleRetentionPurge, type RetentionPurge, type RetentionPurgeOptions } from '../store/schedule-retention-purge';
import { purgeEventArchive } from './purge-event-archive';

/** Purges the event archive now and every hour in the background (see scheduleRetentionPurge). */
export const scheduleEventArchivePurge = (store: Store, options: RetentionPurgeOptions): RetentionPurge =>
  scheduleRetentionPurge('events of the event archive', (days, now, shouldStop) => purgeEventArchive(store, days, now, shouldStop), options);
