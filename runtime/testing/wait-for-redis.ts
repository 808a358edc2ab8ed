import { Redis } from 'ioredis';
import { eventually } from './test-runtime';

/** Resolves once a Redis answers PING at `url` (a server a test just started), or fails after `timeoutMs`. */
export async function waitForRedis(url: string, timeoutMs = 5000): Promise<void> {
  await eventually(
    async () => {
      const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      redis.on('error', () => {});
      try {
        await redis.connect();
        return (await redis.ping()) === 'PONG';
      } finally {
        redis.disconnect();
      }
    },
    timeoutMs,
    `redis-server at ${url}`,
  );
}
