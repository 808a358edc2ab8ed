import { HTTPFetchError } from '@line/bot-sdk';
import type { LineOperation, RuntimeMetrics } from '../metrics/metrics';
import { LineApiError } from './line-transport';

/**
 * One call to LINE with what every call needs: a timeout (the SDK has none), the failure
 * classified (retry or not), and the metric counted.
 */
export async function callLine<T>(what: LineOperation, timeoutMs: number, metrics: RuntimeMetrics | undefined, request: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LineApiError('timeout', `LINE ${what} call took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const answer = await Promise.race([request(), timeout]);
    metrics?.lineApiCall(what, '200');
    return answer;
  } catch (error) {
    const failure = classifyLineError(what, error);
    metrics?.lineApiCall(what, failure.status === undefined ? failure.kind : String(failure.status));
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

export function classifyLineError(what: string, error: unknown): LineApiError {
  if (error instanceof LineApiError) return error;
  if (error instanceof HTTPFetchError) {
    const message = lineErrorMessage(error.body) ?? `${error.status} ${error.statusText}`;
    if (error.status === 409 && what === 'push') return new LineApiError('already-sent', message, 409);
    if (error.status === 429) return new LineApiError('rate-limited', message, 429);
    if (error.status >= 500) return new LineApiError('server', message, error.status);
    if (/invalid reply token/i.test(message)) return new LineApiError('invalid-reply-token', message, error.status);
    return new LineApiError('rejected', message, error.status);
  }
  return new LineApiError('network', `LINE ${what} call failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** LINE answers errors as `{ message, details: [{ message, property }] }`. */
function lineErrorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: string; details?: { message?: string; property?: string }[] };
    const details = (parsed.details ?? []).map((d) => `${d.property ?? ''}: ${d.message ?? ''}`).join('; ');
    return parsed.message ? (details ? `${parsed.message} (${details})` : parsed.message) : undefined;
  } catch {
    return undefined;
  }
}
