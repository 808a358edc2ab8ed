import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('has working defaults: embedded store, simulated channel, local Redis', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, redisUrl: 'redis://127.0.0.1:6379', queuePrefix: 'lineflow', lineApiBaseUrl: 'https://api.line.me' });
    expect(config.mongodbUri).toBeUndefined();
    expect(config.line).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('uses LINE when both credentials are set', () => {
    const config = loadConfig({ LINE_CHANNEL_SECRET: 's', LINE_CHANNEL_ACCESS_TOKEN: 't', LINE_API_BASE_URL: 'http://127.0.0.1:9999/' });
    expect(config.line).toEqual({ channelSecret: 's', channelAccessToken: 't' });
    expect(config.lineApiBaseUrl).toBe('http://127.0.0.1:9999');
  });

  it.each([
    [{ LINE_CHANNEL_SECRET: 's' }, 'Set both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN, or neither'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535; it is "eighty".'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a URL starting with redis:// or rediss://'],
    [{ QUEUE_PREFIX: 'a b' }, 'QUEUE_PREFIX may only contain letters, digits, - and _'],
    [{ ADMIN_API_TOKEN: 'short' }, 'ADMIN_API_TOKEN must be at least 16 characters long.'],
    [{ WORKER_CONCURRENCY: '0' }, 'WORKER_CONCURRENCY must be a whole number from 1 to 256'],
  ])('fails fast on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
