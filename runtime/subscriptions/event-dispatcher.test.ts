import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../auth/secret-box';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import type { DomainEventRecord, DomainEventType } from '../store/event-records';
import type { Store } from '../store/store';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';
import { eventually } from '../testing/test-runtime';
import { AddressPolicy } from '../http/address-policy';
import { guardedRequest } from '../http/guarded-request';
import { attemptDelivery, type AttemptDeps } from './attempt-delivery';
import { resendDelivery } from './delivery-actions';
import { newDelivery } from './fan-out-events';
import { startEventSubscriptions, type EventSubscriptions } from './event-subscriptions';
import { purgeDeliveries } from './purge-deliveries';
import { newSigningSecret } from './sign-delivery';
import { startSignedReceiver, type SignedReceiver } from './testing/signed-receiver';

const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const secrets = new SecretBox(randomBytes(32));

describe('event dispatcher (real SQLite store, loopback receiver)', () => {
  let dir: string;
  let store: Store;
  let receiver: SignedReceiver;
  const running: EventSubscriptions[] = [];
  const extraStores: Store[] = [];

  /** One runtime process's event subscriptions: fast polls, and retries after 50 ms then 100 ms (3 attempts). */
  const start = (on: Store = store, retrySeconds = [0.05, 0.1]) =>
    startEventSubscriptions({
      store: on,
      secrets,
      log,
      config: {
        httpAllowlist: [`127.0.0.1:${receiver.port}`],
        httpMaxResponseBytes: 100_000,
        eventRetentionDays: 30,
        eventDeliveryRetrySeconds: retrySeconds,
        eventDeliveryTimeoutMs: 2000,
      },
      refreshMs: 100,
      dispatcher: { pollMs: 25 },
    }).then((started) => (running.push(started), started));

  const subscribe = async (events: DomainEventType[], url = receiver.url): Promise<EventSubscriptionRecord> => {
    const secret = newSigningSecret();
    receiver.secret = secret;
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
    await store.eventSubscriptions.put(subscription);
    return subscription;
  };

  const domainEvent = (type: DomainEventType, data: Record<string, unknown> = {}): DomainEventRecord => ({
    id: `ev_${randomUUID()}`,
    type,
    at: new Date().toISOString(),
    contactId: 'U0001',
    data,
  });

  const delivery = (id: string) => store.eventDeliveries.get(id) as Promise<EventDeliveryRecord>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-subscriptions-'));
    store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    receiver = await startSignedReceiver();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
    for (const name of ['eventSubscriptions', 'eventDeliveries', 'eventDeliveryAttempts', 'domainEvents'] as const) await store[name].removeMany({});
    receiver.received.length = 0;
    receiver.failNext = [];
  });
  afterAll(async () => {
    await Promise.all(extraStores.map((s) => s.close()));
    await store.close();
    await receiver.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells the engine which event types are wanted, and sees a change at once', async () => {
    const subscription = await subscribe(['csat.answered', 'message.received']);
    const subscriptions = await start();
    expect(subscriptions.gate.wants('csat.answered')).toBe(true);
    expect(subscriptions.gate.wants('message.received')).toBe(true);
    expect(subscriptions.gate.wants('conversation.closed')).toBe(false);
    await store.eventSubscriptions.patch(subscription.id, { active: false });
    await subscriptions.changed();
    expect(subscriptions.gate.wants('csat.answered')).toBe(false);
  });

  it('POSTs each wanted event once, signed, and empties the outbox', async () => {
    const subscription = await subscribe(['csat.answered']);
    await start();
    const csat = domainEvent('csat.answered', { conversationId: 'c1', score: 5 });
    await store.domainEvents.put(csat);
    await store.domainEvents.put(domainEvent('message.sent', { text: 'not subscribed' }));

    await eventually(() => receiver.received.length === 1, 5000, 'the CSAT delivery');
    const [got] = receiver.received;
    expect(got.verified).toBe(true);
    expect(got.body).toEqual({ id: csat.id, type: 'csat.answered', at: csat.at, data: { contactId: 'U0001', conversationId: 'c1', score: 5 } });
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-lineflow-event']).toBe('csat.answered');
    expect(got.headers['x-lineflow-delivery']).toBe(`${subscription.id}:${csat.id}`);
    expect(got.headers['x-lineflow-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);

    const stored = await eventually(async () => {
      const d = await delivery(`${subscription.id}:${csat.id}`);
      return d?.status === 'delivered' ? d : null;
    });
    expect(stored).toMatchObject({ attempts: 1, lastStatus: 200, lastError: null, nextAttemptAt: null });
    await eventually(async () => (await store.domainEvents.count()) === 0, 2000, 'the outbox to empty');
    expect(await store.eventDeliveries.count()).toBe(1);
  });

  it('retries a failing receiver with backoff: 500, 500, then 200 is delivered at the third attempt, with both errors in the log', async () => {
    const subscription = await subscribe(['message.received']);
    receiver.failNext = [500, 500];
    await start();
    const event = domainEvent('message.received', { text: 'hello' });
    await store.domainEvents.put(event);

    const id = `${subscription.id}:${event.id}`;
    const done = await eventually(async () => ((await delivery(id))?.status === 'delivered' ? delivery(id) : null), 5000, 'delivered after retries');
    expect(done.attempts).toBe(3);
    expect(done.lastStatus).toBe(200);
    expect(done.lastError).toContain('the receiver answered 500');
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 500, 200]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.headers['x-lineflow-delivery']))).toEqual(new Set([id]));
    const tries = (await store.eventDeliveryAttempts.find({ deliveryId: id })).sort((a, b) => a.attempt - b.attempt);
    expect(tries.map((t) => [t.attempt, t.outcome, t.responseStatus])).toEqual([
      [1, 'error', 500],
      [2, 'error', 500],
      [3, 'delivered', 200],
    ]);
    expect(tries[0].error).toContain('receiver is down');
  });

  it('gives up after the schedule, and a resend delivers it on a fresh round', async () => {
    const subscription = await subscribe(['contact.created']);
    receiver.failNext = [503, 503, 503];
    const subscriptions = await start();
    const event = domainEvent('contact.created', { displayName: 'Aiko' });
    await store.domainEvents.put(event);

    const id = `${subscription.id}:${event.id}`;
    const failed = await eventually(async () => ((await delivery(id))?.status === 'failed' ? delivery(id) : null), 5000, 'given up');
    expect(failed).toMatchObject({ attempts: 3, lastStatus: 503, nextAttemptAt: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(3);

    const resent = await resendDelivery(store, subscriptions, failed, subscription, 2000);
    expect(resent).toMatchObject({ status: 'delivered', attempts: 4, retryBase: 3, lastStatus: 200 });
    expect(receiver.received.map((r) => r.answered)).toEqual([503, 503, 503, 200]);
    expect(receiver.received[3].verified).toBe(true);
  });

  it('lets one of two store connections that found the same due delivery claim its attempt; the other sends nothing', async () => {
    const subscription = await subscribe(['csat.answered']);
    const other = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    extraStores.push(other);
    const event = domainEvent('csat.answered');
    const due = newDelivery(subscription.id, event, new Date());
    await store.eventDeliveries.put(due);
    const deps = (on: Store, workerId: string): AttemptDeps => ({
      store: on,
      send: (request, timeoutMs) =>
        guardedRequest(request, { policy: new AddressPolicy([`127.0.0.1:${receiver.port}`]), timeoutMs, maxBytes: 10_000, maxRedirects: 0 }),
      openSecret: (sealed) => secrets.open(sealed),
      now: () => new Date(),
      timeoutMs: 2000,
      retryDelaysMs: [50],
      workerId,
    });
    // Both read the delivery as due before either attempted it, as two processes polling at once do.
    const outcomes = await Promise.all([attemptDelivery(due, subscription, deps(store, 'one')), attemptDelivery(due, subscription, deps(other, 'two'))]);
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.find((o) => o !== null)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(receiver.received).toHaveLength(1);
    expect(await store.eventDeliveryAttempts.count({ deliveryId: due.id })).toBe(1);
  });

  it('two dispatchers on two connections to the SQLite file deliver every event exactly once', async () => {
    const subscription = await subscribe(['message.received', 'message.sent']);
    const other = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    extraStores.push(other);
    await start(store);
    await start(other);
    const events = Array.from({ length: 40 }, (_, i) => domainEvent(i % 2 ? 'message.sent' : 'message.received', { n: i }));
    for (const event of events) await (events.indexOf(event) % 2 ? other : store).domainEvents.put(event);

    await eventually(async () => (await store.eventDeliveries.count({ status: 'delivered' })) === 40, 10_000, '40 deliveries');
    const ids = receiver.received.map((r) => String(r.headers['x-lineflow-delivery']));
    expect(ids).toHaveLength(40);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => `${subscription.id}:${e.id}`)));
    expect(await store.eventDeliveryAttempts.count()).toBe(40);
  });

  it('takes over an attempt whose process died after claiming it, once its lease is over', async () => {
    const subscription = await subscribe(['conversation.closed']);
    const event = domainEvent('conversation.closed');
    const id = `${subscription.id}:${event.id}`;
    const longAgo = new Date(Date.now() - 3_600_000).toISOString();
    await store.eventDeliveries.put({
      id,
      subscriptionId: subscription.id,
      eventId: event.id,
      type: event.type,
      status: 'pending',
      attempts: 0,
      retryBase: 0,
      nextAttemptAt: longAgo,
      lastAttemptAt: null,
      lastError: null,
      lastStatus: null,
      createdAt: longAgo,
      deliveredAt: null,
      payload: { id: event.id, type: event.type, at: event.at, data: {} },
    });
    await store.eventDeliveryAttempts.put({
      id: `${id}#1`,
      deliveryId: id,
      subscriptionId: subscription.id,
      attempt: 1,
      startedAt: longAgo,
      outcome: 'sending',
    });
    await start();

    const done = await eventually(async () => ((await delivery(id))?.status === 'delivered' ? delivery(id) : null), 5000, 'taken over');
    expect(done.attempts).toBe(2);
    expect((await store.eventDeliveryAttempts.get(`${id}#1`))?.outcome).toBe('abandoned');
    expect(receiver.received).toHaveLength(1);
  });

  it('refuses at send time a host name that resolves to a private address the allowlist does not open', async () => {
    const subscription = await subscribe(['csat.answered'], `http://localhost:${receiver.port + 1}/events`);
    await start(store, []);
    const event = domainEvent('csat.answered');
    await store.domainEvents.put(event);
    const id = `${subscription.id}:${event.id}`;
    const failed = await eventually(async () => ((await delivery(id))?.status === 'failed' ? delivery(id) : null), 5000, 'refused');
    expect(failed.lastError).toMatch(/^refused: localhost resolves to .*private or reserved address/);
    expect(failed.lastStatus).toBeNull();
  });

  it('purges deliveries, their attempts and stale domain events older than the retention', async () => {
    const subscription = await subscribe(['csat.answered']);
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const recent = new Date().toISOString();
    for (const [n, createdAt] of [
      [1, old],
      [2, recent],
    ] as const) {
      const id = `${subscription.id}:ev${n}`;
      await store.eventDeliveries.put({
        id,
        subscriptionId: subscription.id,
        eventId: `ev${n}`,
        type: 'csat.answered',
        status: 'delivered',
        attempts: 1,
        retryBase: 0,
        nextAttemptAt: null,
        lastAttemptAt: createdAt,
        lastError: null,
        lastStatus: 200,
        createdAt,
        deliveredAt: createdAt,
        payload: { id: `ev${n}`, type: 'csat.answered', at: createdAt, data: {} },
      });
      await store.eventDeliveryAttempts.put({
        id: `${id}#1`,
        deliveryId: id,
        subscriptionId: subscription.id,
        attempt: 1,
        startedAt: createdAt,
        outcome: 'delivered',
      });
    }
    await store.domainEvents.put({ ...domainEvent('csat.answered'), at: old });

    expect(await purgeDeliveries(store, 30, new Date())).toBe(1);
    expect((await store.eventDeliveries.find({})).map((d) => d.eventId)).toEqual(['ev2']);
    expect((await store.eventDeliveryAttempts.find({})).map((a) => a.deliveryId)).toEqual([`${subscription.id}:ev2`]);
    expect(await store.domainEvents.count()).toBe(0);
  });
});
