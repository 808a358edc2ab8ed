import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import type { Store } from '../store/store';
import { eventually } from '../testing/test-runtime';
import { AddressPolicy } from '../http/address-policy';
import { guardedRequest } from '../http/guarded-request';
import { attemptDelivery, type AttemptDeps } from './attempt-delivery';
import { newDelivery } from './fan-out-events';
import { purgeDeliveries } from './purge-deliveries';
import { secrets, useDispatcherFixture } from './testing/dispatcher-fixture';

describe('event dispatcher across processes and retention (real SQLite store, loopback receiver)', () => {
  const f = useDispatcherFixture();

  it('lets one of two store connections that found the same due delivery claim its attempt; the other sends nothing', async () => {
    const { dir, store, receiver, extraStores, subscribe, domainEvent } = f;
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
    const { dir, store, receiver, extraStores, start, subscribe, domainEvent } = f;
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
    const { store, receiver, start, subscribe, domainEvent, delivery } = f;
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
    const { store, receiver, start, subscribe, domainEvent, delivery } = f;
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
    const { store, subscribe, domainEvent } = f;
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
