import { resolve } from 'node:path';

/** Everything the runtime reads from the environment, checked once at start-up. */
export interface RuntimeConfig {
  /** HTTP port. Default 3000. */
  port: number;
  /** Default `redis://127.0.0.1:6379`. */
  redisUrl: string;
  /** Prefix of every Redis key and BullMQ queue, so several installations (or tests) share one Redis. Default `lineflow`. */
  queuePrefix: string;
  /** MongoDB connection string; when absent the embedded store under `dataDir` is used. */
  mongodbUri?: string;
  /** Where the embedded store, the generated admin token and a private Redis live. Default `./.data`. */
  dataDir: string;
  /** LINE channel credentials; when both are absent the simulated channel is used. */
  line?: { channelSecret: string; channelAccessToken: string };
  /** Default `https://api.line.me`; tests point it at a fake LINE API. */
  lineApiBaseUrl: string;
  /** Bearer token for the REST API; generated into `dataDir` when unset. */
  adminApiToken?: string;
  /** Events handled at once by one worker process. Default 16. */
  workerConcurrency: number;
  /** Milliseconds a LINE API call may take before it counts as failed. Default 10000. */
  lineTimeoutMs: number;
  /** How long a crashed worker's jobs stay locked before another takes them. Default 10000. */
  jobLockMs: number;
  /** 32 bytes (hex or base64) that encrypt secrets at rest; generated into `dataDir` when unset. */
  encryptionKey?: string;
  /** Hosts, host:port pairs and networks (CIDR) HTTP steps may reach although private. Default none. */
  httpAllowlist: string[];
  /** Bytes of an HTTP step's answer read at most. Default 1 MB. */
  httpMaxResponseBytes: number;
  logLevel: string;
  /** Serve the API and webhook (false for `npm run worker`). */
  serveHttp: boolean;
  /** Run queue workers in this process (false for a web-only process). */
  runWorkers: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  const secret = blankToUndefined(env.LINE_CHANNEL_SECRET);
  const token = blankToUndefined(env.LINE_CHANNEL_ACCESS_TOKEN);
  if (Boolean(secret) !== Boolean(token)) {
    throw new ConfigError(
      `Set both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN, or neither (to use the simulated channel); only ${secret ? 'LINE_CHANNEL_SECRET' : 'LINE_CHANNEL_ACCESS_TOKEN'} is set.`,
    );
  }
  const config: RuntimeConfig = {
    port: integer(env, 'PORT', 3000, 0, 65_535),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: identifier(env, 'QUEUE_PREFIX', 'lineflow'),
    mongodbUri: blankToUndefined(env.MONGODB_URI),
    dataDir: resolve(blankToUndefined(env.DATA_DIR) ?? '.data'),
    line: secret && token ? { channelSecret: secret, channelAccessToken: token } : undefined,
    lineApiBaseUrl: url(env, 'LINE_API_BASE_URL', 'https://api.line.me', ['https:', 'http:']),
    adminApiToken: blankToUndefined(env.ADMIN_API_TOKEN),
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 16, 1, 256),
    lineTimeoutMs: integer(env, 'LINE_TIMEOUT_MS', 10_000, 100, 60_000),
    jobLockMs: integer(env, 'JOB_LOCK_MS', 10_000, 1_000, 600_000),
    encryptionKey: blankToUndefined(env.ENCRYPTION_KEY),
    httpAllowlist: (blankToUndefined(env.HTTP_ALLOWLIST) ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    httpMaxResponseBytes: integer(env, 'HTTP_MAX_RESPONSE_BYTES', 1_000_000, 1_000, 50_000_000),
    logLevel: blankToUndefined(env.LOG_LEVEL) ?? 'info',
    serveHttp: true,
    runWorkers: true,
    ...overrides,
  };
  if (config.adminApiToken !== undefined && config.adminApiToken.length < 16) {
    throw new ConfigError('ADMIN_API_TOKEN must be at least 16 characters long.');
  }
  return config;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = blankToUndefined(env[name]) ?? fallback;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
  } catch {
    throw new ConfigError(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}; it is "${raw}".`);
  }
  return raw.replace(/\/+$/, '');
}

function identifier(env: Env, name: string, fallback: string): string {
  const raw = blankToUndefined(env[name]) ?? fallback;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(raw)) throw new ConfigError(`${name} may only contain letters, digits, - and _; it is "${raw}".`);
  return raw;
}
