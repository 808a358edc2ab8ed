import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { startSignedReceiver, type SignedReceiver } from './testing/signed-receiver';

/**
 * Data out end to end: a subscription made through the API, a simulated customer who writes and
 * answers the CSAT survey, and the engine's domain events arriving signed at the receiver.
 */
describe('event subscriptions receive what the engine does', () => {
  let t: TestRuntime;
  let receiver: SignedReceiver;
  beforeAll(async () => {
    receiver = await startSignedReceiver();
    t = await startTestRuntime({ simulated: true, env: { HTTP_ALLOWLIST: `127.0.0.1:${receiver.port}` } });
    await t.publishExample('faq-menu');
    await t.publishExample('csat-on-close');
  });
  afterAll(async () => {
    await t?.stop();
    await receiver?.stop();
  });

  const simulatedTexts = async (user: string) =>
    ((await t.api('GET', `/api/simulator/contacts/${user}/messages`)).body.messages as { direction: string }[]).filter((m) => m.direction === 'out');

  it('delivers message.received and csat.answered, signed, while conversation.opened (not subscribed) is not sent', async () => {
    const created = await t.api('POST', '/api/event-subscriptions', { url: receiver.url, events: ['message.received', 'csat.answered'] });
    expect(created.status).toBe(201);
    receiver.secret = created.body.secret;
    const user = 'sim-dataout-0001';

    expect((await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'menu' })).status).toBe(202);
    const received = await eventually(() => receiver.received.find((r) => r.body.type === 'message.received'), 10_000, 'message.received');
    expect(received.verified).toBe(true);
    expect(received.body.data).toMatchObject({ contactId: user });
    expect(JSON.stringify(received.body.data)).toContain('menu');

    await eventually(async () => (await simulatedTexts(user)).length >= 1, 10_000, 'the menu reply');
    const { body } = await t.api('GET', `/api/conversations?contactId=${user}&status=open`);
    expect((await t.api('POST', `/api/conversations/${body.conversations[0].id}/close`)).status).toBe(202);
    await eventually(async () => (await simulatedTexts(user)).length >= 2, 10_000, 'the rating question');
    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: '5' });

    const csat = await eventually(() => receiver.received.find((r) => r.body.type === 'csat.answered'), 10_000, 'csat.answered');
    expect(csat.verified).toBe(true);
    expect(csat.headers['x-lineflow-event']).toBe('csat.answered');
    expect(csat.body.data).toMatchObject({ contactId: user, score: 5 });
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(receiver.received.map((r) => r.body.type).filter((type) => type !== 'message.received' && type !== 'csat.answered')).toEqual([]);

    const log = await t.api('GET', `/api/event-subscriptions/${created.body.id}/deliveries`);
    expect(log.body.deliveries.map((d: { type: string; status: string }) => `${d.type} ${d.status}`)).toContain('csat.answered delivered');
  });
});
