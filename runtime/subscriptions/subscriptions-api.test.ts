import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEventRecord } from '../store/event-records';
import { eventually, startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { startSignedReceiver, type SignedReceiver } from './testing/signed-receiver';

/** The event subscriptions' API on a real runtime: validation, the secret shown once, test pings, the delivery log, resend, delete. */
describe('event subscriptions API', () => {
  let t: TestRuntime;
  let receiver: SignedReceiver;
  beforeAll(async () => {
    receiver = await startSignedReceiver();
    // Loopback is private: the receiver's one port is opened, as HTTP-step tests open the fake CRM's.
    t = await startTestRuntime({ simulated: true, env: { HTTP_ALLOWLIST: `127.0.0.1:${receiver.port}`, EVENT_DELIVERY_RETRY_SECONDS: '0.2,0.2' } });
  });
  afterEach(() => {
    receiver.received.length = 0;
    receiver.failNext = [];
  });
  afterAll(async () => {
    await t?.stop();
    await receiver?.stop();
  });

  const create = async (body: Record<string, unknown>) => {
    const created = await t.api('POST', '/api/event-subscriptions', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    receiver.secret = created.body.secret;
    return created.body;
  };

  it('refuses a bad subscription with a 400 naming the field', async () => {
    const refused = async (body: unknown) => {
      const answer = await t.api('POST', '/api/event-subscriptions', body);
      expect(answer.status).toBe(400);
      return answer.body.error as string;
    };
    expect(await refused({ url: 'ftp://example.com/x', events: ['csat.answered'] })).toMatch(/^url must start with http:\/\/ or https:\/\//);
    expect(await refused({ url: 'not a url', events: ['csat.answered'] })).toMatch(/^url must be an absolute/);
    expect(await refused({ url: 'http://169.254.169.254/latest', events: ['csat.answered'] })).toMatch(
      /^url is not allowed: .*private or reserved.*HTTP_ALLOWLIST/,
    );
    expect(await refused({ url: 'http://localhost:9/x', events: ['csat.answered'] })).toMatch(/^url is not allowed/);
    expect(await refused({ url: 'https://user:pw@example.com/x', events: ['csat.answered'] })).toMatch(/^url must not hold a user name or password/);
    expect(await refused({ url: 'https://example.com/x', events: ['csat.maybe'] })).toMatch(/body\.events\.0 must be one of/);
    expect(await refused({ url: 'https://example.com/x', events: [] })).toMatch(/body\.events/);
    expect(await refused({ url: 'https://example.com/x' })).toMatch(/events/);
    expect(await refused({ url: 'https://example.com/x', events: ['csat.answered'], secret: 'mine' })).toMatch(/body\.secret is not allowed/);
    const listed = await t.api('GET', '/api/event-subscriptions');
    expect(listed.body.subscriptions).toEqual([]);
    expect(listed.body.eventTypes).toContain('csat.answered');
  });

  it('shows the secret once, seals it at rest, pings, delivers, retries, resends and deletes', async () => {
    const created = await create({ url: receiver.url, events: ['csat.answered'], description: 'Sheets bridge' });
    expect(created.secret).toMatch(/^lfwhsec_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ url: receiver.url, events: ['csat.answered'], active: true, description: 'Sheets bridge', pending: 0, failed: 0 });
    const listed = (await t.api('GET', '/api/event-subscriptions')).body.subscriptions;
    expect(listed).toHaveLength(1);
    expect(listed[0].secret).toBe('set');
    const stored = await t.runtime.services.store.eventSubscriptions.get(created.id);
    expect(stored?.secret).toMatch(/^v2\./);
    expect(JSON.stringify(stored)).not.toContain(created.secret);
    expect(t.runtime.services.eventSubscriptions.gate.wants('csat.answered')).toBe(true);

    const ping = await t.api('POST', `/api/event-subscriptions/${created.id}/test`);
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ type: 'ping', status: 'delivered', attempts: 1, lastStatus: 200 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ verified: true, body: { type: 'ping', data: { subscriptionId: created.id } } });
    expect(receiver.received[0].headers['x-lineflow-event']).toBe('ping');

    // An event the engine would write: it goes out signed, and fails twice before the receiver takes it.
    receiver.failNext = [502, 502];
    const event: DomainEventRecord = { id: 'de-api-1', type: 'csat.answered', at: new Date().toISOString(), contactId: 'sim-api', data: { score: 4 } };
    await t.runtime.services.store.domainEvents.put(event);
    const deliveryId = `${created.id}:${event.id}`;
    const log = await eventually(async () => {
      const { body } = await t.api('GET', `/api/event-subscriptions/${created.id}/deliveries`);
      return body.deliveries.find((d: any) => d.id === deliveryId && d.status === 'delivered') ? body.deliveries : null;
    }, 10_000);
    const delivered = log.find((d: any) => d.id === deliveryId);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200, type: 'csat.answered', eventId: 'de-api-1' });
    expect(delivered.lastError).toContain('502');
    expect(delivered.tries.map((x: any) => [x.outcome, x.responseStatus])).toEqual([
      ['error', 502],
      ['error', 502],
      ['delivered', 200],
    ]);
    expect(log[0].id).toBe(deliveryId);
    expect(receiver.received.slice(1).every((r) => r.verified && r.body.data.score === 4)).toBe(true);

    const onlyFailed = await t.api('GET', `/api/event-subscriptions/${created.id}/deliveries?status=failed`);
    expect(onlyFailed.body.deliveries).toEqual([]);
    expect((await t.api('GET', `/api/event-subscriptions/${created.id}/deliveries?limit=999`)).status).toBe(400);

    const resent = await t.api('POST', `/api/event-deliveries/${encodeURIComponent(deliveryId)}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ status: 'delivered', attempts: 4 });
    expect(receiver.received.at(-1)?.headers['x-lineflow-delivery']).toBe(deliveryId);
    expect((await t.api('POST', '/api/event-deliveries/nope/resend')).status).toBe(404);

    const off = await t.api('PATCH', `/api/event-subscriptions/${created.id}`, { active: false });
    expect(off.body).toMatchObject({ active: false, secret: 'set' });
    expect(t.runtime.services.eventSubscriptions.gate.wants('csat.answered')).toBe(false);
    expect((await t.api('PATCH', `/api/event-subscriptions/${created.id}`, { url: 'gopher://x' })).status).toBe(400);

    expect((await t.api('DELETE', `/api/event-subscriptions/${created.id}`)).status).toBe(204);
    expect(await t.runtime.services.store.eventDeliveries.count({ subscriptionId: created.id })).toBe(0);
    expect(await t.runtime.services.store.eventDeliveryAttempts.count({ subscriptionId: created.id })).toBe(0);
    expect((await t.api('GET', `/api/event-subscriptions/${created.id}/deliveries`)).status).toBe(404);
  });

  it('a failing ping is kept in the log as failed, not retried', async () => {
    const created = await create({ url: receiver.url, events: ['message.sent'], active: false });
    receiver.failNext = [404];
    const ping = await t.api('POST', `/api/event-subscriptions/${created.id}/test`);
    expect(ping.body).toMatchObject({ status: 'failed', attempts: 1, lastStatus: 404, nextAttemptAt: null });
    expect(ping.body.lastError).toMatch(/^the receiver answered 404/);
    await t.api('DELETE', `/api/event-subscriptions/${created.id}`);
  });
});
