/**
 * Lets due timers run, as they would between events in a server: the store does background work
 * on a timer (adding new messages to the search index), and a loop of resolved awaits never
 * yields to it, which would leave that work out of the figures.
 */
export function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
