import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import type { RuntimeConfig } from '../config/load-config';
import { processEvent } from '../engine/process-event';
import { deadLetterEvent } from '../engine/dead-letters';
import type { EngineDeps } from '../engine/engine-deps';
import { PublishedWorkflows, testContactPrefix } from '../engine/published-workflows';
import { rearmTimers } from '../engine/rearm-timers';
import { AddressPolicy } from '../http/address-policy';
import { guardedRequest } from '../http/guarded-request';
import { credentialSource } from '../credentials/credential-store';
import type { LineTransport } from '../line/line-transport';
import { ChannelRoutingTransport } from '../line/channel-routing-transport';
import { LineChannels } from '../channels/line-channels';
import { SimulatedTransport } from '../line/simulated-transport';
import { createLogger, type Logger } from '../logging/create-logger';
import { onUnrunnableKeywordPattern } from '../../shared/keywords/keyword-pattern';
import { ContactMailbox } from '../queue/contact-mailbox';
import { EventQueue } from '../queue/event-queue';
import type { ConversationRecord, MessageRecord } from '../store/records';
import type { EventApplied } from '../api/event-stream';
import type { InboundEvent } from '../queue/inbound-event';
import type { Lease } from '../engine/lease';
import { openStore } from '../store/open-store';
import { scheduleEventArchivePurge } from '../engine/schedule-event-archive-purge';
import type { RetentionPurge } from '../store/schedule-retention-purge';
import { loadOrCreateAdminToken } from './admin-token';
import { loadSecretBox } from '../auth/secret-box';
import { keyBesideDataWarning } from '../auth/encryption-key';
import { scheduleAuditLogPurge } from '../audit/purge-audit-log';
import { createRuntimeMetrics } from '../metrics/metrics';
import { createHttpApp } from './create-http-app';
import { oldestWaitingMs } from './health-check';
import type { RuntimeServices } from './runtime-services';
import { ShutdownTimeoutError } from './shutdown-timeout-error';
import { startWorkerHeartbeat, type WorkerHeartbeat } from './worker-heartbeat';
import { startEventSubscriptions } from '../subscriptions/event-subscriptions';

export interface RunningRuntime {
  services: RuntimeServices;
  /** `http://127.0.0.1:<port>` when serving HTTP. */
  url?: string;
  adminTokenCreated: boolean;
  /** Lets /healthz answer 200 (with `deferReady`, once the start-up work is done). */
  markReady(): void;
  /** Stops within `config.shutdownTimeoutMs`; rejects with ShutdownTimeoutError when work had to be cut off. */
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  now?: () => Date;
  /** Keep /healthz at 503 "starting" until markReady(), for start-up work done after the server listens. Default false. */
  deferReady?: boolean;
}

/** Starts LineFlow: store, Redis, queue workers and the HTTP server, as the config asks. */
export async function startRuntime(config: RuntimeConfig, options: StartOptions = {}): Promise<RunningRuntime> {
  const log = options.log ?? createLogger(config.logLevel);
  // shared/ cannot log: a stored regex pattern RE2 cannot run matches nothing, and is named here once.
  onUnrunnableKeywordPattern((pattern, reason) =>
    log.warn({ pattern: pattern.slice(0, 100), reason }, 'a stored regex pattern cannot run; it matches nothing'),
  );
  // Auto-pipelining sends the commands of concurrent jobs in one write: fewer system calls per event.
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3, enableAutoPipelining: true });
  await redis.connect();
  await warnAboutEviction(redis, log);
  const subscriber = redis.duplicate();
  // Lost connections are retried by ioredis; say so in the log instead of crashing.
  for (const connection of [redis, subscriber]) connection.on('error', (error: Error) => log.warn({ err: error.message }, 'Redis connection problem'));
  const store = await openStore({ ...config, sqlite: { synchronous: config.sqliteSynchronous } }, log);
  const secrets = await loadSecretBox(config.dataDir, config);
  if (secrets.keySource === 'generated in DATA_DIR') log.warn({ keyId: secrets.keyId }, keyBesideDataWarning);
  // The simulated channel always serves simulated contacts (the editor's test chat); without LINE
  // credentials it is the only channel.
  const simulator = new SimulatedTransport();
  const metrics = createRuntimeMetrics({ queue: () => queue.queue, oldestWaitingMs });
  const channels = new LineChannels({ store, secrets, config, log, metrics });
  const transport: LineTransport = new ChannelRoutingTransport(channels, simulator);
  const { token: adminToken, created: adminTokenCreated } = await loadOrCreateAdminToken(config.dataDir, config.adminApiToken);
  const mailbox = new ContactMailbox(redis, config.queuePrefix);
  // Set once the engine's dependencies exist (workers only); a web-only process never dead-letters.
  let deadLetter: (event: InboundEvent, error: unknown, attempts: number, lease: Lease) => Promise<void> = async () => {};
  const queue = new EventQueue({
    connection: redis,
    prefix: config.queuePrefix,
    mailbox,
    log,
    lockMs: config.jobLockMs,
    claimFence: (contactId) => store.claimFence(contactId),
    deadLetter: (event, error, attempts, lease) => deadLetter(event, error, attempts, lease),
    metrics,
  });
  const workflows = new PublishedWorkflows(store);
  const messages = new EventEmitter();
  messages.setMaxListeners(0);

  const workflowsChannel = `${config.queuePrefix}:workflows-changed`;
  const lineChannelsChannel = `${config.queuePrefix}:channels-changed`;
  const messagesChannel = `${config.queuePrefix}:messages`;
  const conversationsChannel = `${config.queuePrefix}:conversations`;
  const testEventsChannel = `${config.queuePrefix}:test-events-applied`;
  await subscriber.subscribe(workflowsChannel, lineChannelsChannel, messagesChannel, conversationsChannel, testEventsChannel);
  subscriber.on('message', (channel: string, payload: string) => {
    if (channel === workflowsChannel) workflows.invalidate();
    else if (channel === lineChannelsChannel) channels.invalidate();
    else if (channel === messagesChannel) messages.emit('message', JSON.parse(payload) as MessageRecord);
    else if (channel === conversationsChannel) messages.emit('conversation', JSON.parse(payload) as ConversationRecord);
    else if (channel === testEventsChannel) messages.emit('applied', JSON.parse(payload) as EventApplied);
  });

  // Before the workers start, so the engine's first events already see who wants them.
  const eventSubscriptions = await startEventSubscriptions({ store, secrets, log, config, ...(options.now ? { now: options.now } : {}) });

  const services: RuntimeServices = {
    config,
    log,
    store,
    redis,
    queue,
    workflows,
    transport,
    simulator,
    channels,
    messages,
    adminToken,
    secrets,
    metrics,
    eventSubscriptions,
    ready: !options.deferReady,
    workflowsChanged: async () => {
      workflows.invalidate();
      await redis.publish(workflowsChannel, '1');
    },
    channelsChanged: async () => {
      channels.invalidate();
      await redis.publish(lineChannelsChannel, '1');
    },
  };

  let heartbeat: WorkerHeartbeat | undefined;
  let archivePurge: RetentionPurge | undefined;
  let auditPurge: RetentionPurge | undefined;
  if (config.runWorkers) {
    const policy = new AddressPolicy(config.httpAllowlist);
    const credentials = credentialSource(store, secrets);
    const deps: EngineDeps = {
      store,
      workflows,
      transport,
      log,
      metrics,
      http: (request, timeoutMs) => guardedRequest(request, { policy, timeoutMs, maxBytes: config.httpMaxResponseBytes, maxRedirects: 5, credentials }),
      now: options.now ?? (() => new Date()),
      scheduleTimer: (contactId, timer) => queue.scheduleTimer(contactId, timer),
      workerId: `${hostname()}:${process.pid}`,
      ...(config.testPause ? { pauseAt: holdEventLoop(config.testPause, log) } : {}),
      fileEvent: async (event) => {
        await queue.enqueue(event);
      },
      onMessage: (message) => void redis.publish(messagesChannel, JSON.stringify(message)).catch(() => {}),
      onConversation: (conversation) => void redis.publish(conversationsChannel, JSON.stringify(conversation)).catch(() => {}),
      // Only the test chat listens; real contacts' events would be traffic for no one.
      onApplied: (contactId, eventId) => {
        if (contactId.startsWith(testContactPrefix)) void redis.publish(testEventsChannel, JSON.stringify({ contactId, eventId })).catch(() => {});
      },
      domainEvents: eventSubscriptions.gate,
    };
    deadLetter = (event, error, attempts, lease) => deadLetterEvent(event, error, attempts, deps, lease);
    queue.startWorker((event, lease) => processEvent(event, deps, lease), config.workerConcurrency);
    heartbeat = await startWorkerHeartbeat(redis, config.queuePrefix, log);
    archivePurge = scheduleEventArchivePurge(store, { retentionDays: config.eventRetentionDays, log, now: deps.now });
    auditPurge = scheduleAuditLogPurge(store, { retentionDays: config.auditRetentionDays, log, now: deps.now });
    // On start, and whenever Redis comes back after a loss of connection (it may have restarted empty).
    const rearm = () => void rearmTimers(store, deps.scheduleTimer, log).catch((error: unknown) => log.error({ err: error }, 'could not set timers again'));
    rearm();
    let connected = true;
    redis.on('close', () => (connected = false));
    redis.on('ready', () => {
      if (!connected) rearm();
      connected = true;
    });
  }

  let server: Server | undefined;
  let url: string | undefined;
  if (config.serveHttp) {
    const app = createHttpApp(services);
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, '0.0.0.0', () => resolve(listening));
      listening.once('error', reject);
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : config.port}`;
  }

  /** Stop taking work, let active jobs finish (bounded), then close the server and connections. */
  const closeGracefully = async (): Promise<'closed' | 'cut off'> => {
    server?.close();
    const forgotten = heartbeat?.stop();
    // Deliveries under way end by their own timeout, meanwhile the queue drains.
    const dispatchStopped = eventSubscriptions.stop();
    // Two thirds of the bound for active jobs; the rest for forcing them and closing connections.
    const drainMs = Math.floor((config.shutdownTimeoutMs * 2) / 3);
    const drainStarted = Date.now();
    await queue.close(drainMs);
    // The queue forces its worker shut once drainMs is up: taking that long means a job was cut off.
    const jobsCutOff = config.runWorkers && Date.now() - drainStarted >= drainMs;
    await forgotten;
    server?.closeAllConnections();
    await subscriber.quit().catch(() => {});
    await redis.quit().catch(() => {});
    await archivePurge?.stop();
    await auditPurge?.stop();
    await dispatchStopped;
    await store.close();
    return jobsCutOff ? 'cut off' : 'closed';
  };
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), config.shutdownTimeoutMs)));
      const outcome = await Promise.race([closeGracefully(), bound]).finally(() => clearTimeout(timer));
      if (outcome === 'timed out') {
        // A hung connection must not keep the process: whatever is still open is dropped.
        server?.closeAllConnections();
        subscriber.disconnect();
        redis.disconnect();
      }
      if (outcome !== 'closed') throw new ShutdownTimeoutError(config.shutdownTimeoutMs);
    })();
    return stopping;
  };
  const markReady = () => {
    services.ready = true;
  };
  return { services, url, adminTokenCreated, markReady, stop };
}

async function warnAboutEviction(redis: Redis, log: Logger): Promise<void> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    if (policy && policy !== 'noeviction') {
      log.warn({ policy }, 'Redis maxmemory-policy is not "noeviction": Redis may drop queued jobs under memory pressure. Set maxmemory-policy noeviction.');
    }
  } catch {
    // Managed Redis services often forbid CONFIG; nothing to check then.
  }
}

/** Tests only: blocks the event loop at one point of one contact's events (see RuntimeConfig.testPause). */
function holdEventLoop(pause: NonNullable<RuntimeConfig['testPause']>, log: Logger): NonNullable<EngineDeps['pauseAt']> {
  let held = false;
  return (point, event) => {
    if (held || point !== pause.point || event.contactId !== pause.contactId || event.kind !== 'message') return;
    held = true;
    log.warn({ point, eventId: event.id, ms: pause.ms }, 'test pause: holding the event loop');
    process.stdout.write(`${JSON.stringify({ paused: point, eventId: event.id })}\n`);
    const until = Date.now() + pause.ms;
    while (Date.now() < until) {
      // Busy on purpose: nothing else in this process runs, as in a long GC pause.
    }
  };
}
