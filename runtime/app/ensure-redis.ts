import { spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Logger } from '../logging/create-logger';

/** The port a private Redis listens on, away from a system Redis on 6379. */
const privatePort = 6390;

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1500 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Returns a Redis URL that answers: the configured one, or (when nothing answers there and
 * `redis-server` is installed) a private Redis started under the data folder, with its own
 * append-only file so queued work survives a restart.
 */
export async function ensureRedis(url: string, dataDir: string, log: Logger): Promise<string> {
  if (await answers(url)) return url;
  const privateUrl = `redis://127.0.0.1:${privatePort}`;
  if (await answers(privateUrl)) {
    log.info({ redis: privateUrl }, 'using the private Redis started earlier');
    return privateUrl;
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      `Nothing answers at ${url} and redis-server is not installed. Install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL to a running Redis.`,
    );
  }
  const dir = join(dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(privatePort),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'yes',
      '--logfile',
      join(dir, 'redis.log'),
    ],
    { stdio: 'ignore' },
  );
  await new Promise((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 50; i++) {
    if (await answers(privateUrl)) {
      log.warn({ redis: privateUrl, dir }, `nothing answered at ${url}: started a private Redis at ${privateUrl} (data in ${dir})`);
      return privateUrl;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Started redis-server on port ${privatePort} but it does not answer; see ${join(dir, 'redis.log')}`);
}
