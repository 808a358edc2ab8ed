import type { Logger } from '../logging/create-logger';
import type { TimerEffect } from '../store/records';
import type { Store } from '../store/store';

/**
 * Sets again the timer of every waiting run, from the store. Timers live in Redis as delayed
 * jobs; a Redis that restarted without its data would leave those runs waiting forever. Setting a
 * timer that exists is a no-op (same job id), and a timer that fires twice is handled once.
 */
export async function rearmTimers(store: Store, schedule: (contactId: string, timer: TimerEffect) => Promise<void>, log: Logger): Promise<number> {
  const waiting = await store.contacts.find({ 'engine.run.status': 'waiting' });
  let count = 0;
  for (const contact of waiting) {
    const timer = contact.engine.run?.timer;
    if (!timer) continue;
    await schedule(contact.id, timer);
    count++;
  }
  if (count) log.info({ timers: count }, 'timers of waiting runs set again');
  return count;
}
