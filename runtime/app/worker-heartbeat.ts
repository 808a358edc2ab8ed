import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { Logger } from '../logging/create-logger';

/** How often a process running queue workers says so. */
const beatEveryMs = 5_000;
/** A worker process silent this long counts as gone (three missed beats). */
export const workerSilenceMs = 15_000;

const workersKey = (prefix: string) => `${prefix}:workers`;

export interface WorkerHeartbeat {
  /** Stops beating and forgets this process, so health checks stop counting it at once. */
  stop(): Promise<void>;
}

/**
 * Records in Redis, every few seconds, that this process runs queue workers, so /healthz on any
 * process (a web-only one included) can tell whether anyone is draining the queue. Clocks of
 * different machines are compared, so they are assumed to agree within a few seconds (NTP).
 */
export async function startWorkerHeartbeat(redis: Redis, prefix: string, log: Logger): Promise<WorkerHeartbeat> {
  const key = workersKey(prefix);
  // The suffix tells apart two runtimes in one process (tests) sharing a prefix.
  const member = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const beat = async () => {
    const now = Date.now();
    // Members of crashed processes never remove themselves: dropped here, long after they fell silent.
    await redis
      .multi()
      .zadd(key, now, member)
      .zremrangebyscore(key, '-inf', now - 20 * workerSilenceMs)
      .exec();
  };
  // Redis trouble is already logged by the connection; a missed beat only makes /healthz honest.
  const beatQuietly = () => beat().catch((error: unknown) => log.debug({ err: error }, 'worker heartbeat missed'));
  await beatQuietly();
  const timer = setInterval(() => void beatQuietly(), beatEveryMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await redis.zrem(key, member).catch(() => undefined);
    },
  };
}

/** Worker processes heard from within the last `workerSilenceMs`. */
export async function countLiveWorkers(redis: Redis, prefix: string, now = Date.now()): Promise<number> {
  return redis.zcount(workersKey(prefix), now - workerSilenceMs, '+inf');
}
