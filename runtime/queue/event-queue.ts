import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { LockLostError, type Lease } from '../engine/lease';
import type { Logger } from '../logging/create-logger';
import type { TimerEffect } from '../store/records';
import { FenceLostError } from '../store/store-errors';
import type { ContactMailbox } from './contact-mailbox';
import type { InboundEvent, TimerEvent } from './inbound-event';

interface DrainJob {
  contactId: string;
  eventId: string;
  /** Timer jobs carry their event and file it when they fire. */
  timer?: TimerEvent;
}

/** Handles one event of a contact under its lease (lock + fencing token), oldest event first. */
export type EventHandler = (event: InboundEvent, lease: Lease) => Promise<void>;

export interface EventQueueOptions {
  connection: Redis;
  prefix: string;
  mailbox: ContactMailbox;
  log: Logger;
  /** How long a contact lock lasts before a stalled or crashed worker's contact is taken over. */
  lockMs: number;
  /** Takes the contact's next fencing token from the store. */
  claimFence: (contactId: string) => Promise<number>;
  /** Sets aside an event that failed every attempt; the contact's next events then go on. */
  deadLetter: (event: InboundEvent, error: unknown, attempts: number, lease: Lease) => Promise<void>;
  /** Attempts at one event before it is set aside. Default 7. */
  maxAttempts?: number;
  /** An event still failing this long after its first failure is set aside. Default 120000 ms. */
  deadLetterAfterMs?: number;
  /** First retry delay, doubled each attempt. Default 500 ms (then 1, 2, 4, 8, 16 s). */
  retryBaseMs?: number;
  /** Counts events received, handled, failed and set aside. */
  metrics?: import('../metrics/metrics').RuntimeMetrics;
}

const queueName = 'events';
/** Job attempts cover failures outside the handler (Redis lost mid-job); event failures are counted per event. */
const jobAttempts = 25;

/**
 * The BullMQ side of event handling. Every event gets a job; a job takes its contact's lock and
 * handles the contact's pending events in timestamp order until its own is done. A job that
 * finds the lock taken comes back a moment later, so no event is left behind if a worker dies.
 */
export class EventQueue {
  readonly queue: Queue<DrainJob>;
  private worker: Worker<DrainJob> | undefined;
  private workerConnection: Redis | undefined;
  private stopping = false;

  constructor(private readonly options: EventQueueOptions) {
    this.queue = new Queue<DrainJob>(queueName, { connection: options.connection, prefix: options.prefix });
    this.queue.on('error', (error) => options.log.warn({ err: error.message }, 'queue connection problem'));
  }

  /** Files a dead letter's event again under its own id (its first filing is remembered as seen). */
  async refile(event: InboundEvent): Promise<void> {
    await this.options.mailbox.file(event, { force: true });
    await this.queue.add('drain', { contactId: event.contactId, eventId: event.id }, this.jobOptions(`e.${event.id}.${Date.now()}`));
  }

  /** Files the event for its contact and queues its job. Returns false for a repeat of a known event. */
  async enqueue(event: InboundEvent): Promise<boolean> {
    const fresh = await this.options.mailbox.file(event);
    if (fresh) this.options.metrics?.eventReceived(event);
    // Added for repeats too: if a crash came between filing and queuing, this repairs it.
    await this.queue.add('drain', { contactId: event.contactId, eventId: event.id }, this.jobOptions(`e.${event.id}`));
    return fresh;
  }

  async scheduleTimer(contactId: string, timer: TimerEffect): Promise<void> {
    const event: TimerEvent = {
      kind: 'timer',
      id: timer.id,
      contactId,
      timestamp: timer.fireAt,
      receivedAt: timer.fireAt,
      runId: timer.runId,
      visit: timer.visit,
      reason: timer.reason,
    };
    await this.queue.add(
      'timer',
      { contactId, eventId: timer.id, timer: event },
      {
        ...this.jobOptions(`t.${timer.id}`),
        delay: Math.max(0, timer.fireAt - Date.now()),
      },
    );
  }

  startWorker(handler: EventHandler, concurrency: number): void {
    const { connection, prefix, lockMs } = this.options;
    const workerConnection = connection.duplicate({ maxRetriesPerRequest: null });
    this.workerConnection = workerConnection;
    workerConnection.on('error', (error: Error) => this.options.log.warn({ err: error.message }, 'worker connection problem'));
    this.worker = new Worker<DrainJob>(queueName, (job, token) => this.process(job, token, handler), {
      connection: workerConnection,
      prefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: Math.max(1000, Math.floor(lockMs / 2)),
      maxStalledCount: 10,
    });
    this.worker.on('failed', (job, error) => {
      this.options.log.error(
        { jobId: job?.id, contactId: job?.data.contactId, eventId: job?.data.eventId, err: error, attemptsMade: job?.attemptsMade },
        'event job failed',
      );
    });
    this.worker.on('error', (error) => this.options.log.error({ err: error }, 'queue worker error'));
  }

  /** Stops taking jobs and waits (bounded) for the active ones. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.worker) {
      // Forced after the bound: a job left active is taken over by another worker once its lock lapses.
      const closed = this.worker.close();
      const bounded = await Promise.race([closed.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())]);
      if (!bounded) await Promise.race([this.worker.close(true), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    }
    await this.queue.close();
    await this.workerConnection?.quit().catch(() => {});
  }

  private jobOptions(jobId: string) {
    return {
      jobId,
      attempts: jobAttempts,
      backoff: { type: 'exponential' as const, delay: 250 },
      removeOnComplete: { count: 2000 },
      removeOnFail: { count: 10_000 },
    };
  }

  private async process(job: Job<DrainJob>, token: string | undefined, handler: EventHandler): Promise<void> {
    const { mailbox, lockMs, log } = this.options;
    const { contactId, eventId } = job.data;
    if (job.data.timer && (await mailbox.file(job.data.timer))) this.options.metrics?.eventReceived(job.data.timer);
    const lockToken = randomUUID();
    const claimed = await mailbox.claim(contactId, eventId, lockToken, lockMs);
    if (claimed === 'done') return;
    if (claimed === 'busy') return this.comeBackLater(job, token);
    const controller = new AbortController();
    let extendedAt = Date.now();
    // A worker that cannot keep its lock stops: another one may already have the contact.
    const keepAlive = setInterval(
      () => {
        if (Date.now() - extendedAt > lockMs) controller.abort();
        mailbox.extendLock(contactId, lockToken, lockMs).then(
          (kept) => (kept ? (extendedAt = Date.now()) : controller.abort()),
          () => undefined,
        );
      },
      Math.floor(lockMs / 3),
    );
    let retryInMs: number | undefined;
    let stillPending = false;
    try {
      const lease: Lease = { contactId, fence: await this.options.claimFence(contactId), signal: controller.signal };
      let head = claimed;
      while (head.next) {
        const event = head.next;
        // An event that failed is not tried again before its backoff, whichever job finds it first.
        if (head.notBefore > Date.now()) {
          retryInMs = head.notBefore - Date.now();
          break;
        }
        // The event loop may have stalled (GC, a long computation) past the lock without noticing.
        if (Date.now() - extendedAt > lockMs) controller.abort();
        if (controller.signal.aborted) return;
        const outcome = await this.handleOne(event, lease, handler);
        if (outcome === 'lost') return;
        if (typeof outcome === 'number') {
          retryInMs = outcome;
          break;
        }
        const next = await mailbox.doneAndNext(contactId, event.id, lockToken);
        if (next === 'lost') {
          log.warn({ contactId, eventId: event.id }, 'lost the contact lock; another worker goes on');
          return;
        }
        head = next;
        if (event.id === eventId && this.stopping) break;
      }
    } finally {
      clearInterval(keepAlive);
      stillPending = await mailbox.releaseAndCheck(contactId, lockToken, eventId);
    }
    if (retryInMs !== undefined || stillPending) return this.comeBackLater(job, token, retryInMs);
  }

  /** 'done' (handled or set aside), 'lost' (the lease is gone), or the delay before trying again. */
  private async handleOne(event: InboundEvent, lease: Lease, handler: EventHandler): Promise<'done' | 'lost' | number> {
    const { mailbox, log } = this.options;
    try {
      await handler(event, lease);
      this.options.metrics?.eventHandled(event);
      return 'done';
    } catch (error) {
      if (error instanceof LockLostError || error instanceof FenceLostError || lease.signal.aborted) {
        log.warn({ contactId: lease.contactId, eventId: event.id }, 'lost the contact lock mid-event; another worker goes on');
        return 'lost';
      }
      this.options.metrics?.eventFailed(event);
      const retryBaseMs = this.options.retryBaseMs ?? 500;
      const { count, firstAt } = await mailbox.recordFailure(lease.contactId, event.id, Date.now(), retryBaseMs);
      const maxAttempts = this.options.maxAttempts ?? 7;
      const giveUpAfter = this.options.deadLetterAfterMs ?? 120_000;
      if (count < maxAttempts && Date.now() - firstAt < giveUpAfter) {
        const delay = retryBaseMs * 2 ** (count - 1);
        log.warn({ contactId: lease.contactId, eventId: event.id, attempt: count, retryInMs: delay, err: error }, 'event failed; will try again');
        return delay;
      }
      log.error({ contactId: lease.contactId, eventId: event.id, attempts: count, err: error }, 'event set aside as a dead letter after repeated failures');
      await this.options.deadLetter(event, error, count, lease);
      this.options.metrics?.eventDeadLettered();
      return 'done';
    }
  }

  private async comeBackLater(job: Job<DrainJob>, token: string | undefined, delayMs?: number): Promise<never> {
    await job.moveToDelayed(Date.now() + (delayMs ?? 20 + Math.floor(Math.random() * 80)), token);
    throw new DelayedError();
  }
}
