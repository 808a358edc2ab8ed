import { HttpRequestError, type HttpAnswer, type OutgoingRequest } from '../http/guarded-request';
import type { Store } from '../store/store';
import type { EventDeliveryAttemptRecord, EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';
import { nextAttemptDelayMs } from './retry-schedule';
import { deliveryHeaders } from './sign-delivery';

export interface AttemptDeps {
  store: Store;
  /** POSTs through the address policy of HTTP steps (guardedRequest). */
  send: (request: OutgoingRequest, timeoutMs: number) => Promise<HttpAnswer>;
  /** Opens the subscription's sealed secret. */
  openSecret: (sealed: string) => string;
  now: () => Date;
  timeoutMs: number;
  /** Waits after each failed attempt of a round (see retry-schedule.ts). */
  retryDelaysMs: readonly number[];
  /** host:pid, kept on each attempt. */
  workerId: string;
}

/** Kept of a receiver's answer in the log: enough to see its error message, not its whole page. */
const answerSnippetChars = 200;

/**
 * Makes the next attempt of a delivery, if this process wins it: the attempt's record
 * `<delivery>#<n>` is inserted first, and only one insert of an id succeeds, in SQLite shared by
 * several processes as in MongoDB. The winner then leases the delivery (its nextAttemptAt moves
 * past the attempt's deadline), so nobody else finds it due while the request is under way; a
 * process that dies mid-attempt leaves the lease to run out, and the next claim takes attempt n+1.
 * Returns the delivery afterwards, or null when another process has it (or it was deleted).
 */
export async function attemptDelivery(
  delivery: EventDeliveryRecord,
  subscription: EventSubscriptionRecord,
  deps: AttemptDeps,
): Promise<EventDeliveryRecord | null> {
  const { store } = deps;
  const attempt = delivery.attempts + 1;
  const started = deps.now();
  const leaseMs = leaseFor(deps.timeoutMs);
  const record: EventDeliveryAttemptRecord = {
    id: `${delivery.id}#${attempt}`,
    deliveryId: delivery.id,
    subscriptionId: delivery.subscriptionId,
    attempt,
    startedAt: started.toISOString(),
    outcome: 'sending',
    by: deps.workerId,
  };
  if (!(await store.eventDeliveryAttempts.insert(record))) {
    await releaseAbandoned(delivery, attempt, deps);
    return null;
  }
  const leased = await store.eventDeliveries.patch(delivery.id, {
    attempts: attempt,
    lastAttemptAt: record.startedAt,
    nextAttemptAt: new Date(started.getTime() + leaseMs).toISOString(),
  });
  if (!leased) {
    await store.eventDeliveryAttempts.remove(record.id);
    return null;
  }
  if (attempt > 1) await markAbandoned(store, `${delivery.id}#${attempt - 1}`);

  const result = await post(leased, subscription, deps);
  const finished = deps.now();
  const done: EventDeliveryAttemptRecord = {
    ...record,
    outcome: result.ok ? 'delivered' : 'error',
    durationMs: finished.getTime() - started.getTime(),
    ...(result.status === undefined ? {} : { responseStatus: result.status }),
    ...(result.error === undefined ? {} : { error: result.error }),
  };
  const current = await store.eventDeliveries.get(delivery.id);
  // Deleted meanwhile (its subscription was), or taken over after a stall past the lease: only the attempt's own record is written.
  if (!current || current.attempts !== attempt) {
    if (current) await store.eventDeliveryAttempts.put(done);
    else await store.eventDeliveryAttempts.remove(record.id);
    return current;
  }
  const next = afterAttempt(current, attempt, result, finished, deps.retryDelaysMs);
  await store.commit({ puts: { eventDeliveries: [next], eventDeliveryAttempts: [done] } });
  return next;
}

/** How long an attempt holds its delivery: its deadline and a margin for writing the outcome. */
export function leaseFor(timeoutMs: number): number {
  return timeoutMs + 30_000;
}

interface PostResult {
  ok: boolean;
  status?: number;
  error?: string;
}

async function post(delivery: EventDeliveryRecord, subscription: EventSubscriptionRecord, deps: AttemptDeps): Promise<PostResult> {
  let secret: string;
  try {
    secret = deps.openSecret(subscription.secret);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const body = JSON.stringify(delivery.payload);
  const headers = deliveryHeaders({ secret, body, eventType: delivery.type, deliveryId: delivery.id, now: deps.now() });
  try {
    const answer = await deps.send({ method: 'POST', url: subscription.url, headers, body }, deps.timeoutMs);
    if (answer.status >= 200 && answer.status < 300) return { ok: true, status: answer.status };
    const snippet = answer.body.trim().slice(0, answerSnippetChars);
    return { ok: false, status: answer.status, error: `the receiver answered ${answer.status}${snippet ? `: ${snippet}` : ''}` };
  } catch (error) {
    if (!(error instanceof HttpRequestError)) return { ok: false, error: error instanceof Error ? error.message : String(error) };
    // The body of a POST is lost on a 301/302 and a redirect could lead anywhere: redirects are not followed.
    if (error.kind === 'network' && /redirects$/.test(error.message))
      return { ok: false, error: 'the URL answered a redirect, which deliveries do not follow: subscribe the final URL' };
    return { ok: false, error: `${error.kind}: ${error.message}` };
  }
}

function afterAttempt(current: EventDeliveryRecord, attempt: number, result: PostResult, at: Date, delaysMs: readonly number[]): EventDeliveryRecord {
  const lastStatus = result.status ?? null;
  if (result.ok) return { ...current, status: 'delivered', nextAttemptAt: null, lastStatus, deliveredAt: at.toISOString() };
  // A ping is the admin's one-off check: its answer is what they want to see, not a retry later.
  const delay = current.type === 'ping' ? null : nextAttemptDelayMs(attempt - current.retryBase, delaysMs);
  return {
    ...current,
    status: delay === null ? 'failed' : 'pending',
    nextAttemptAt: delay === null ? null : new Date(at.getTime() + delay).toISOString(),
    lastError: result.error ?? 'failed',
    lastStatus,
  };
}

/**
 * Attempt n was claimed but never recorded on the delivery: the claiming process died between
 * the two writes. Once its lease is over, the attempt is written off and the delivery moves on.
 */
async function releaseAbandoned(delivery: EventDeliveryRecord, attempt: number, deps: AttemptDeps): Promise<void> {
  const claimed = await deps.store.eventDeliveryAttempts.get(`${delivery.id}#${attempt}`);
  if (!claimed || claimed.outcome !== 'sending') return;
  if (deps.now().getTime() - Date.parse(claimed.startedAt) < leaseFor(deps.timeoutMs)) return;
  const current = await deps.store.eventDeliveries.get(delivery.id);
  if (!current || current.attempts !== attempt - 1) return;
  await markAbandoned(deps.store, claimed.id);
  await deps.store.eventDeliveries.patch(delivery.id, { attempts: attempt, nextAttemptAt: deps.now().toISOString() });
}

async function markAbandoned(store: Store, attemptId: string): Promise<void> {
  const previous = await store.eventDeliveryAttempts.get(attemptId);
  if (previous?.outcome === 'sending') {
    await store.eventDeliveryAttempts.patch(attemptId, { outcome: 'abandoned', error: 'the process making this attempt stopped before recording its answer' });
  }
}
