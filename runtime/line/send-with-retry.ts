import { LineApiError } from './line-transport';

export interface RetryPolicy {
  /** Attempts in this process before the job itself is retried by the queue. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 3_000 };

/**
 * Calls LINE, retrying 429, 5xx, time-outs and network errors with exponential backoff and full
 * jitter. Other errors (our request is wrong, or "already sent") are returned at once.
 * `onAttempt` is told each attempt number before it starts.
 */
export async function sendWithRetry<T>(call: (attempt: number) => Promise<T>, policy: RetryPolicy = defaultRetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const retryable = error instanceof LineApiError && error.retryable;
      if (!retryable || attempt + 1 >= policy.attempts) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
