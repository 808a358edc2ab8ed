import { describe, expect, it } from 'vitest';
import { eventually } from '../testing/test-runtime';
import { resendDelivery } from './delivery-actions';
import { useDispatcherFixture } from './testing/dispatcher-fixture';

describe('event dispatcher (real SQLite store, loopback receiver)', () => {
  const f = useDispatcherFixture();

  it('tells the engine which event types are wanted, and sees a change at once', async () => {
    const { store, start, subscribe } = f;
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
    const { store, receiver, start, subscribe, domainEvent, delivery } = f;
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
    const { store, receiver, start, subscribe, domainEvent, delivery } = f;
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
    const { store, receiver, start, subscribe, domainEvent, delivery } = f;
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
});
