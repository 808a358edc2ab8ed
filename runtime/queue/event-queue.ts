import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logging/create-logger';
import type { TimerEffect } from '../store/records';
import type { ContactMailbox } from './contact-mailbox';
import type { InboundEvent, TimerEvent } from './inbound-event';

interface DrainJob {
  contactId: string;
  eventId: string;
  /** Timer jobs carry their event and file it when they fire. */
  timer?: TimerEvent;
}

/** Handles one event of a contact; called under the contact's lock, oldest event first. */
export type EventHandler = (event: InboundEvent) => Promise<void>;

export interface EventQueueOptions {
  connection: Redis;
  prefix: string;
  mailbox: ContactMailbox;
  log: Logger;
  /** How long a contact lock (and a job lock) lasts before a crashed worker's work is taken over. */
  lockMs: number;
}

const queueName = 'events';
const attempts = 25;

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

  /** Files the event for its contact and queues its job. Returns false for a repeat of a known event. */
  async enqueue(event: InboundEvent): Promise<boolean> {
    const fresh = await this.options.mailbox.file(event);
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
    await this.queue.add('timer', { contactId, eventId: timer.id, timer: event }, {
      ...this.jobOptions(`t.${timer.id}`),
      delay: Math.max(0, timer.fireAt - Date.now()),
    });
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
      this.options.log.error({ jobId: job?.id, contactId: job?.data.contactId, err: error, attemptsMade: job?.attemptsMade }, 'event job failed');
    });
    this.worker.on('error', (error) => this.options.log.error({ err: error }, 'queue worker error'));
  }

  /** Stops taking jobs and waits (bounded) for the active ones. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.worker) {
      await Promise.race([this.worker.close(), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
    }
    await this.queue.close();
    await this.workerConnection?.quit().catch(() => {});
  }

  private jobOptions(jobId: string) {
    return {
      jobId,
      attempts,
      backoff: { type: 'exponential' as const, delay: 250 },
      removeOnComplete: { count: 2000 },
      removeOnFail: { count: 10_000 },
    };
  }

  private async process(job: Job<DrainJob>, token: string | undefined, handler: EventHandler): Promise<void> {
    const { mailbox, lockMs, log } = this.options;
    const { contactId, eventId } = job.data;
    if (job.data.timer) await mailbox.file(job.data.timer);
    const lockToken = randomUUID();
    const claimed = await mailbox.claim(contactId, eventId, lockToken, lockMs);
    if (claimed === 'done') return;
    if (claimed === 'busy') return this.comeBackLater(job, token);
    const keepAlive = setInterval(() => void mailbox.extendLock(contactId, lockToken, lockMs).catch(() => {}), Math.floor(lockMs / 3));
    let stillPending: boolean;
    try {
      let event = claimed.next;
      while (event) {
        try {
          await handler(event);
        } catch (error) {
          if (event.id !== eventId || job.attemptsMade + 1 < attempts) throw error;
          // This event has failed every attempt: set it aside so the contact's later events go on.
          log.error({ contactId, eventId, err: error }, 'event dropped after repeated failures');
        }
        const finished = event.id;
        event = await mailbox.doneAndNext(contactId, finished);
        if (finished === eventId && this.stopping) break;
      }
    } finally {
      clearInterval(keepAlive);
      stillPending = await mailbox.releaseAndCheck(contactId, lockToken, eventId);
    }
    if (stillPending) return this.comeBackLater(job, token);
  }

  private async comeBackLater(job: Job<DrainJob>, token: string | undefined): Promise<never> {
    await job.moveToDelayed(Date.now() + 20 + Math.floor(Math.random() * 80), token);
    throw new DelayedError();
  }
}
