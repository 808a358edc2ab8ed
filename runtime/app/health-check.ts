import type { Queue } from 'bullmq';
import type { RuntimeServices } from './runtime-services';
import { countLiveWorkers, workerSilenceMs } from './worker-heartbeat';

export type HealthReport =
  | {
      ok: true;
      store: string;
      channel: string;
      /** Worker processes heard from lately (this one included when it runs workers). */
      workers: number;
      /** How long the oldest event waiting for a worker has waited; 0 when none waits. */
      oldestWaitingMs: number;
    }
  | { ok: false; starting?: true; problems: string[] };

/** A check that does not answer within this counts as failed: a load balancer's probe must not hang. */
const checkTimeoutMs = 2_000;

/**
 * Whether this LineFlow can do its job: the store writes, Redis answers, some worker drains the
 * queue and nothing has waited for one too long. Every problem found is named, not just the first.
 */
export async function checkHealth(services: RuntimeServices, now: () => number = Date.now): Promise<HealthReport> {
  if (!services.ready) return { ok: false, starting: true, problems: ['LineFlow is still starting (loading the examples, creating the first admin)'] };
  const { store, redis, config } = services;
  const [storeCheck, redisCheck, workersCheck, waitingCheck] = await Promise.allSettled([
    bounded(store.ping(), `the store (${store.kind})`),
    bounded(redis.ping(), 'Redis'),
    bounded(countLiveWorkers(redis, config.queuePrefix, now()), 'counting the workers'),
    bounded(oldestWaitingMs(services.queue.queue, now()), 'reading the queue'),
  ]);
  const problems: string[] = [];
  if (storeCheck.status === 'rejected') problems.push(`the store (${store.kind}) cannot write: ${reason(storeCheck)}`);
  if (redisCheck.status === 'rejected') problems.push(`Redis does not answer: ${reason(redisCheck)}`);
  if (workersCheck.status === 'rejected') problems.push(`could not tell whether any queue worker is running: ${reason(workersCheck)}`);
  else if (workersCheck.value === 0) {
    problems.push(
      `no queue worker has reported in the last ${workerSilenceMs / 1000} s, so no event is being handled (start one with \`npm run worker\` or \`npm start\`)`,
    );
  }
  if (waitingCheck.status === 'rejected') problems.push(`could not read the oldest waiting event: ${reason(waitingCheck)}`);
  else if (waitingCheck.value > config.healthMaxEventAgeMs) {
    problems.push(
      `the oldest waiting event has waited ${seconds(waitingCheck.value)} for a worker (HEALTH_MAX_EVENT_AGE_MS allows ${seconds(config.healthMaxEventAgeMs)})`,
    );
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    store: store.kind,
    channel: await services.channels.kind(),
    workers: (workersCheck as PromiseFulfilledResult<number>).value,
    oldestWaitingMs: (waitingCheck as PromiseFulfilledResult<number>).value,
  };
}

/** Age of the job first in line in the queue's wait list (delayed jobs, timers and retries, are not waiting yet). */
export async function oldestWaitingMs(queue: Queue, now: number): Promise<number> {
  const [job] = await queue.getJobs(['wait'], 0, 0, true);
  if (!job) return 0;
  // A timer waits from when it was due, and a job handed back (contact busy, retry) from when it
  // was last taken, not from when it was first added. The short delay of a hand-back is counted.
  const since = Math.max(job.timestamp + (job.opts.delay ?? 0), job.processedOn ?? 0);
  return Math.max(0, now - since);
}

function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${checkTimeoutMs / 1000} s`)), checkTimeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function reason(result: PromiseRejectedResult): string {
  return result.reason instanceof Error ? result.reason.message : String(result.reason);
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
