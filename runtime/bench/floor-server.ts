// The benchmark's floor: the least a correct LINE webhook server must do. It checks the signature
// over the raw body, queues each event in BullMQ, answers each contact's events in order under a
// per-contact lock, and replies at once through @line/bot-sdk. No store, no workflow: whatever
// LineFlow does beyond this is what its ratio to the floor pays for.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { HTTPFetchError, messagingApi, validateSignature } from '@line/bot-sdk';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import express from 'express';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { FloorMailbox } from './floor-mailbox';

export interface FloorOptions {
  port: number;
  redisUrl: string;
  prefix: string;
  channelSecret: string;
  channelAccessToken: string;
  lineApiBaseUrl: string;
  /** Jobs handled at once. LineFlow's default is 16; keep them equal for a fair floor. */
  concurrency: number;
  /** Contact lock and BullMQ job lock, in ms. LineFlow's default: 10000. */
  lockMs: number;
  log: Logger;
}

interface FloorJob {
  contactId: string;
}

/** The fields of a LINE webhook event the floor looks at; the rest is ignored. */
interface WebhookEvent {
  webhookEventId?: string;
  replyToken?: string;
  source?: { userId?: string; groupId?: string; roomId?: string };
}

interface FloorEvent {
  id: string;
  replyToken?: string;
}

const attempts = 5;
/** Shorter than the lock, so a slow LINE call cannot outlive the contact's lock. */
const lineTimeoutMs = 5_000;

export async function startFloorServer(options: FloorOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const { log, prefix } = options;
  // Auto-pipelining, as LineFlow does: the comparison should be about work, not about syscalls.
  const redis = new Redis(options.redisUrl, { enableAutoPipelining: true, maxRetriesPerRequest: 3 });
  const workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const mailbox = new FloorMailbox(redis, prefix, options.lockMs);
  const queue = new Queue<FloorJob>('floor', { connection: redis, prefix });
  const line = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.lineApiBaseUrl });

  const reply = async (event: FloorEvent, job: Job<FloorJob>) => {
    if (!event.replyToken) return;
    try {
      await withTimeout(
        line.replyMessage({ replyToken: event.replyToken, messages: [{ type: 'text', text: 'We are open Monday to Friday, 9:00–18:00 (JST).' }] }),
        lineTimeoutMs,
      );
    } catch (error) {
      // LINE refused it (a used reply token after a crash, a bad message): retrying cannot help.
      const refused = error instanceof HTTPFetchError && error.status < 500 && error.status !== 429;
      if (!refused && job.attemptsMade + 1 < attempts) throw error;
      log.warn({ eventId: event.id, err: (error as Error).message }, 'reply dropped');
    }
  };

  const worker = new Worker<FloorJob>(
    'floor',
    async (job, token) => {
      const { contactId } = job.data;
      const lockToken = randomUUID();
      const claimed = await mailbox.claim(contactId, lockToken);
      if (typeof claimed === 'object' && claimed !== null) {
        // The holder may have looked at the list before this event was filed: come back to it.
        await job.moveToDelayed(Date.now() + 20, token);
        throw new DelayedError();
      }
      let head = claimed;
      try {
        while (head) {
          await reply(JSON.parse(head) as FloorEvent, job);
          head = await mailbox.next(contactId, lockToken);
        }
      } finally {
        await mailbox.release(contactId, lockToken);
      }
    },
    { connection: workerConnection, prefix, concurrency: options.concurrency, lockDuration: options.lockMs },
  );
  worker.on('failed', (job, error) => log.warn({ jobId: job?.id, err: error.message }, 'floor job failed'));

  const app = express();
  app.post('/webhook/line', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const signature = req.get('x-line-signature');
    if (!signature || !validateSignature(body, options.channelSecret, signature)) {
      res.status(401).json({ error: 'Bad or missing x-line-signature' });
      return;
    }
    let events: WebhookEvent[];
    try {
      events = (JSON.parse(body.toString('utf8')) as { events?: WebhookEvent[] }).events ?? [];
    } catch {
      res.status(400).json({ error: 'The webhook body is not JSON' });
      return;
    }
    await Promise.all(
      events.map(async (event) => {
        const contactId = event.source?.userId ?? event.source?.groupId ?? event.source?.roomId;
        const id = String(event.webhookEventId ?? '');
        if (!contactId || !id) return;
        await mailbox.file(contactId, id, JSON.stringify({ id, replyToken: event.replyToken } satisfies FloorEvent));
        // Queued for redeliveries too: it repairs a crash between filing and queuing.
        await queue.add(
          'event',
          { contactId },
          { jobId: `e.${id}`, attempts, backoff: { type: 'exponential', delay: 250 }, removeOnComplete: { count: 2000 }, removeOnFail: { count: 10_000 } },
        );
      }),
    );
    res.status(200).json({});
  });

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(options.port, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`;

  const stop = async () => {
    await worker.close();
    await new Promise((resolve) => server.close(resolve));
    await queue.close();
    await Promise.all([redis.quit(), workerConnection.quit()]);
  };
  return { url, stop };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`LINE took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
