import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { SecretBox } from '../../auth/secret-box';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store';
import type { DomainEventRecord, DomainEventType } from '../../store/event-records';
import type { Store } from '../../store/store';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../../store/subscription-records';
import { startEventSubscriptions, type EventSubscriptions } from '../event-subscriptions';
import { newSigningSecret } from '../sign-delivery';
import { startSignedReceiver, type SignedReceiver } from './signed-receiver';

export const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
export const secrets = new SecretBox(randomBytes(32));

export interface DispatcherFixture {
  dir: string;
  store: Store;
  receiver: SignedReceiver;
  /** Stores opened by a test on the same file; closed after all tests. */
  extraStores: Store[];
  /** One runtime process's event subscriptions: fast polls, and retries after 50 ms then 100 ms (3 attempts). */
  start: (on?: Store, retrySeconds?: number[]) => Promise<EventSubscriptions>;
  subscribe: (events: DomainEventType[], url?: string) => Promise<EventSubscriptionRecord>;
  domainEvent: (type: DomainEventType, data?: Record<string, unknown>) => DomainEventRecord;
  delivery: (id: string) => Promise<EventDeliveryRecord>;
}

/**
 * A real SQLite store in a temporary directory and a loopback receiver that checks signatures, set up
 * around the calling describe block; each test starts from empty subscriptions, deliveries and outbox.
 */
export function useDispatcherFixture(): DispatcherFixture {
  const running: EventSubscriptions[] = [];
  const f = { extraStores: [] as Store[] } as DispatcherFixture;

  f.start = (on = f.store, retrySeconds = [0.05, 0.1]) =>
    startEventSubscriptions({
      store: on,
      secrets,
      log,
      config: {
        httpAllowlist: [`127.0.0.1:${f.receiver.port}`],
        httpMaxResponseBytes: 100_000,
        eventRetentionDays: 30,
        eventDeliveryRetrySeconds: retrySeconds,
        eventDeliveryTimeoutMs: 2000,
      },
      refreshMs: 100,
      dispatcher: { pollMs: 25 },
    }).then((started) => (running.push(started), started));

  f.subscribe = async (events, url = f.receiver.url) => {
    const secret = newSigningSecret();
    f.receiver.secret = secret;
    const at = new Date().toISOString();
    const subscription: EventSubscriptionRecord = {
      id: `sub_${randomUUID().slice(0, 8)}`,
      url,
      events,
      secret: secrets.seal(secret),
      active: true,
      createdAt: at,
      updatedAt: at,
    };
    await f.store.eventSubscriptions.put(subscription);
    return subscription;
  };

  f.domainEvent = (type, data = {}) => ({ id: `ev_${randomUUID()}`, type, at: new Date().toISOString(), contactId: 'U0001', data });
  f.delivery = (id) => f.store.eventDeliveries.get(id) as Promise<EventDeliveryRecord>;

  beforeAll(async () => {
    f.dir = mkdtempSync(join(tmpdir(), 'lineflow-subscriptions-'));
    f.store = openSqliteStore(f.dir, { searchIndexIntervalMs: 0 });
    f.receiver = await startSignedReceiver();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
    for (const name of ['eventSubscriptions', 'eventDeliveries', 'eventDeliveryAttempts', 'domainEvents'] as const) await f.store[name].removeMany({});
    f.receiver.received.length = 0;
    f.receiver.failNext = [];
  });
  afterAll(async () => {
    await Promise.all(f.extraStores.map((s) => s.close()));
    await f.store.close();
    await f.receiver.stop();
    rmSync(f.dir, { recursive: true, force: true });
  });
  return f;
}
