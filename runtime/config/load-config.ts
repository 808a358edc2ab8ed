import { isIP } from 'node:net';
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
  /**
   * LINE's data API (message content, rich menu images). Default `https://api-data.line.me`, or
   * LINE_API_BASE_URL when only that is set (a fake LINE API serves both).
   */
  lineDataApiBaseUrl: string;
  /** The HTTPS address LINE reaches this server at (webhook URLs are built from it); unset while developing. */
  publicUrl?: string;
  /** Bearer token for the REST API; generated into `dataDir` when unset. */
  adminApiToken?: string;
  /** Bearer token `GET /metrics` asks for; when unset the route is open (Prometheus scrapers cannot sign in). */
  metricsToken?: string;
  /** Events handled at once by one worker process. Default 16. */
  workerConcurrency: number;
  /** Milliseconds a LINE API call may take before it counts as failed. Default 10000. */
  lineTimeoutMs: number;
  /** How long a crashed worker's jobs stay locked before another takes them. Default 10000. */
  jobLockMs: number;
  /** /healthz answers 503 when the oldest event waiting for a worker has waited longer than this. Default 60000. */
  healthMaxEventAgeMs: number;
  /** How long a stop (SIGTERM) may take; past it, work still active is cut off. Default 15000. */
  shutdownTimeoutMs: number;
  /** 32 bytes (hex or base64) that encrypt secrets at rest; generated into `dataDir` when neither it nor `encryptionKeyFile` is set. */
  encryptionKey?: string;
  /** ENCRYPTION_KEY_FILE: a file holding the key (read once at start), so the key lives apart from `dataDir` and the environment. */
  encryptionKeyFile?: string;
  /** Days the audit log is kept; 0 keeps it forever. Default 365. */
  auditRetentionDays: number;
  /**
   * Which proxies in front of LineFlow to believe about the client's address (X-Forwarded-For) and
   * scheme (X-Forwarded-Proto), as express's `trust proxy`: a hop count (`1`), or a comma-separated
   * list of addresses, networks (CIDR) or `loopback`/`linklocal`/`uniquelocal`. Default false: those
   * headers are ignored, and the socket's address is the client's.
   */
  trustProxy: false | number | string[];
  /** Admins must turn on two-factor sign-in (TOTP) before anything else works (REQUIRE_ADMIN_2FA=true). Default false. */
  requireAdmin2fa: boolean;
  /** Hosts, host:port pairs and networks (CIDR) HTTP steps may reach although private. Default none. */
  httpAllowlist: string[];
  /** Bytes of an HTTP step's answer read at most. Default 1 MB. */
  httpMaxResponseBytes: number;
  logLevel: string;
  /** Serve the API and webhook (false for `npm run worker`). */
  serveHttp: boolean;
  /** Run queue workers in this process (false for a web-only process). */
  runWorkers: boolean;
  /** SQLite's `synchronous` for the embedded store: `NORMAL` (default) survives a crash of the process, `FULL` also a power cut, at an fsync per commit. */
  sqliteSynchronous: 'NORMAL' | 'FULL';
  /** Days the event archive (every inbound event, raw) is kept; 0 keeps it forever. Default 30. */
  eventRetentionDays: number;
  /**
   * Seconds waited after each failed attempt of an event subscription's delivery
   * (EVENT_DELIVERY_RETRY_SECONDS, comma separated; one more attempt than delays). Default 10,30,120,600,3600,10800,21600.
   */
  eventDeliveryRetrySeconds: number[];
  /** Milliseconds a subscription's receiver may take to answer a delivery. Default 10000. */
  eventDeliveryTimeoutMs: number;
  /**
   * Tests only (LINEFLOW_TEST_PAUSE=point:contactId:ms): holds the event loop for `ms` when the
   * contact's event reaches `point`, as a long GC pause or a slow regex would.
   */
  testPause?: { point: 'before-commit' | 'after-commit'; contactId: string; ms: number };
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
    lineDataApiBaseUrl: url(env, 'LINE_DATA_API_BASE_URL', blankToUndefined(env.LINE_API_BASE_URL) ?? 'https://api-data.line.me', ['https:', 'http:']),
    publicUrl: blankToUndefined(env.PUBLIC_URL) ? url(env, 'PUBLIC_URL', '', ['https:', 'http:']) : undefined,
    adminApiToken: blankToUndefined(env.ADMIN_API_TOKEN),
    metricsToken: blankToUndefined(env.METRICS_TOKEN),
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 16, 1, 256),
    lineTimeoutMs: integer(env, 'LINE_TIMEOUT_MS', 10_000, 100, 60_000),
    jobLockMs: integer(env, 'JOB_LOCK_MS', 10_000, 1_000, 600_000),
    healthMaxEventAgeMs: integer(env, 'HEALTH_MAX_EVENT_AGE_MS', 60_000, 100, 86_400_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 15_000, 1_000, 600_000),
    encryptionKey: blankToUndefined(env.ENCRYPTION_KEY),
    encryptionKeyFile: optionalPath(env.ENCRYPTION_KEY_FILE),
    auditRetentionDays: integer(env, 'AUDIT_RETENTION_DAYS', 365, 0, 36_500),
    trustProxy: trustProxy(env),
    requireAdmin2fa: boolean(env, 'REQUIRE_ADMIN_2FA', false),
    httpAllowlist: (blankToUndefined(env.HTTP_ALLOWLIST) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    httpMaxResponseBytes: integer(env, 'HTTP_MAX_RESPONSE_BYTES', 1_000_000, 1_000, 50_000_000),
    logLevel: blankToUndefined(env.LOG_LEVEL) ?? 'info',
    serveHttp: true,
    runWorkers: true,
    sqliteSynchronous: oneOf(env, 'SQLITE_SYNCHRONOUS', 'NORMAL', ['NORMAL', 'FULL'] as const),
    eventRetentionDays: integer(env, 'EVENT_RETENTION_DAYS', 30, 0, 36_500),
    eventDeliveryRetrySeconds: secondsList(env, 'EVENT_DELIVERY_RETRY_SECONDS', [10, 30, 120, 600, 3600, 10_800, 21_600]),
    eventDeliveryTimeoutMs: integer(env, 'EVENT_DELIVERY_TIMEOUT_MS', 10_000, 100, 60_000),
    testPause: testPause(env),
    ...overrides,
  };
  if (config.adminApiToken !== undefined && config.adminApiToken.length < 16) {
    throw new ConfigError('ADMIN_API_TOKEN must be at least 16 characters long.');
  }
  if (config.encryptionKey !== undefined && config.encryptionKeyFile !== undefined) {
    throw new ConfigError('Set ENCRYPTION_KEY or ENCRYPTION_KEY_FILE, not both.');
  }
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters long.');
  }
  return config;
}

function trustProxy(env: Env): RuntimeConfig['trustProxy'] {
  const raw = blankToUndefined(env.TRUST_PROXY);
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  // `true` would take the left-most X-Forwarded-For entry, which any client can write.
  if (raw === 'true')
    throw new ConfigError('TRUST_PROXY=true would believe any X-Forwarded-For a client sends; give the number of proxies (e.g. 1) or their addresses.');
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 10);
  const entries = raw.split(',').map((s) => s.trim());
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const bad = entries.find((entry) => {
    const [address, bits, ...rest] = entry.split('/');
    if (named.includes(entry)) return false;
    const version = isIP(address ?? '');
    const maxBits = version === 4 ? 32 : 128;
    return version === 0 || rest.length > 0 || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits));
  });
  if (bad !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxies, or addresses, networks (CIDR), loopback, linklocal or uniquelocal; "${bad}" is none of these.`,
    );
  }
  return entries;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = blankToUndefined(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false; it is "${raw}".`);
}

function testPause(env: Env): RuntimeConfig['testPause'] {
  const raw = blankToUndefined(env.LINEFLOW_TEST_PAUSE);
  if (raw === undefined) return undefined;
  const [point, contactId, ms] = raw.split(':');
  if ((point !== 'before-commit' && point !== 'after-commit') || !contactId || !Number.isInteger(Number(ms))) {
    throw new ConfigError(`LINEFLOW_TEST_PAUSE must be before-commit|after-commit:<contactId>:<ms>; it is "${raw}".`);
  }
  return { point, contactId, ms: Number(ms) };
}

function optionalPath(value: string | undefined): string | undefined {
  const path = blankToUndefined(value);
  return path === undefined ? undefined : resolve(path);
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

function secondsList(env: Env, name: string, fallback: number[]): number[] {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (values.length > 20 || values.some((v) => !Number.isFinite(v) || v < 0 || v > 604_800)) {
    throw new ConfigError(`${name} must be up to 20 comma-separated numbers of seconds from 0 to 604800; it is "${raw}".`);
  }
  return values;
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

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  const value = allowed.find((a) => a === raw.toUpperCase());
  if (!value) throw new ConfigError(`${name} must be ${allowed.join(' or ')}; it is "${raw}".`);
  return value;
}
