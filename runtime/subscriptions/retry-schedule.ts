/**
 * The waits come from EVENT_DELIVERY_RETRY_SECONDS: by default 10 s, 30 s, 2 min, 10 min, 1 h,
 * 3 h, 6 h, so 8 attempts over about 10 hours (a receiver down for a night still gets its events).
 *
 * When the next attempt is due after `roundAttempts` failed ones in this round (counted from the
 * last resend), or null when the round is over and the delivery has failed. Every answer but a
 * 2xx is retried, 4xx included: a receiver answering 404 or 401 is usually one being deployed or
 * not yet given its secret, and fixes itself within the schedule; stopping at the first 4xx would
 * turn a short misconfiguration into lost events. ±10% jitter keeps the deliveries that failed
 * together (a receiver down) from all coming back in the same second.
 */
export function nextAttemptDelayMs(roundAttempts: number, delaysMs: readonly number[], random: () => number = Math.random): number | null {
  const delay = delaysMs[roundAttempts - 1];
  if (delay === undefined) return null;
  return Math.round(delay * (0.9 + 0.2 * random()));
}
