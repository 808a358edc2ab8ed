import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../queue/inbound-event';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

// The queue's real defaults (7 attempts, backoff from 500 ms: about 31 s), not shortened for the test.
const deadLetteredWithinMs = 120_000;

describe('a poison event is set aside as a dead letter and the contact goes on', () => {
  let t: TestRuntime;
  const customer = 'Upoison00000000000000000000000001';
  const other = 'Upoison00000000000000000000000002';
  const poisonId = `poison-${Date.now()}-a`;
  const otherPoisonId = `poison-${Date.now()}-b`;
  const key = (kind: string, id: string) => `${t.config.queuePrefix}:${kind}:${id}`;

  // The engine reads `event.message.type`: a null message throws a TypeError on every attempt.
  const poison = (id: string, contactId: string, at: number) =>
    ({ kind: 'message', id, contactId, timestamp: at, receivedAt: at, message: null }) as unknown as InboundEvent;

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    expect((await t.api('POST', '/api/users', { email: 'agent@example.com', name: 'Aoi', role: 'agent', password: 'agent password 123' })).status).toBe(201);
  });
  afterAll(() => t.stop());

  it('dead-letters the poison within two minutes and answers the next message once', async () => {
    const started = Date.now();
    await t.runtime.services.queue.enqueue(poison(poisonId, customer, started - 1000));
    await t.runtime.services.queue.enqueue(poison(otherPoisonId, other, started - 1000));
    // Filed after the poison, so it waits behind it in the contact's mailbox.
    await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);

    // Set at the first failure, gone once the event is set aside.
    const firstFailure = (contactId: string, id: string) =>
      eventually(() => t.runtime.services.redis.hget(key('failures', contactId), `${id}@`), 10_000, 'the first failure').then(Number);
    const [firstFailureAt, otherFirstFailureAt] = await Promise.all([firstFailure(customer, poisonId), firstFailure(other, otherPoisonId)]);

    const letter = await eventually(
      async () => {
        const { body } = await t.api('GET', '/api/dead-letters');
        return body.deadLetters.find((l: any) => l.id === poisonId);
      },
      deadLetteredWithinMs,
      'the dead letter',
    );
    const deadLetteredAt = Date.parse(letter.createdAt);
    console.log(
      `poison with a message behind it: dead-lettered ${deadLetteredAt - firstFailureAt} ms after the first failure (${deadLetteredAt - started} ms after filing), ${letter.attempts} attempts`,
    );
    expect(deadLetteredAt - firstFailureAt).toBeLessThan(deadLetteredWithinMs);
    expect(deadLetteredAt - started).toBeLessThan(deadLetteredWithinMs);
    expect(letter).toMatchObject({ contactId: customer, kind: 'message', status: 'waiting', raw: { id: poisonId, message: null } });
    expect(letter.error).toMatch(/^TypeError: /);
    expect(letter.attempts).toBeGreaterThanOrEqual(7);

    const archived = await t.runtime.services.store.inboundEvents.get(poisonId);
    expect(archived).toMatchObject({ outcome: 'dead-lettered', contactId: customer });
    expect(archived?.error).toMatch(/^TypeError: /);

    await messagesDelivered(t.line, customer, 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(t.line?.textsTo(customer)).toEqual(['How can we help?']);
    // Held behind the poison until it was set aside, not answered around it.
    const answer = (await t.runtime.services.store.messages.find({ contactId: customer, direction: 'out' }))[0];
    expect(Date.parse(answer?.at ?? '')).toBeGreaterThanOrEqual(deadLetteredAt);

    // Alone in its mailbox, the other poison goes through the whole default backoff (0.5 + 1 + ... + 16 s).
    const otherLetter = await eventually(() => t.runtime.services.store.deadLetters.get(otherPoisonId), deadLetteredWithinMs, 'the second dead letter');
    const otherTook = Date.parse(otherLetter.createdAt) - otherFirstFailureAt;
    console.log(`poison alone: dead-lettered ${otherTook} ms after the first failure, ${otherLetter.attempts} attempts`);
    expect(otherLetter).toMatchObject({ status: 'waiting', attempts: 7 });
    expect(otherTook).toBeGreaterThanOrEqual(31_000);
    expect(otherTook).toBeLessThan(deadLetteredWithinMs);
    // Newest first.
    const waiting = (await t.api('GET', '/api/dead-letters?status=waiting')).body.deadLetters.map((l: any) => l.id);
    expect(waiting).toEqual(Date.parse(otherLetter.createdAt) > deadLetteredAt ? [otherPoisonId, poisonId] : [poisonId, otherPoisonId]);
  }, 180_000);

  it("retries a waiting dead letter: filed again in its contact's mailbox and attempted again", async () => {
    const retried = await t.api('POST', `/api/dead-letters/${poisonId}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ id: poisonId, status: 'retried' });
    expect((await t.runtime.services.store.deadLetters.get(poisonId))?.status).toBe('retried');
    expect(await t.runtime.services.redis.zscore(key('inbox', customer), poisonId)).not.toBeNull();
    // Its failures were forgotten when it was set aside: a count again means a new attempt.
    await eventually(async () => Number(await t.runtime.services.redis.hget(key('failures', customer), poisonId)) >= 1, 10_000, 'a new attempt');

    const listed = await t.api('GET', '/api/dead-letters?status=retried');
    expect(listed.body.deadLetters.map((l: any) => l.id)).toContain(poisonId);
    expect((await t.api('GET', '/api/dead-letters')).body.deadLetters.map((l: any) => l.id)).not.toContain(poisonId);
    expect((await t.api('POST', `/api/dead-letters/${poisonId}/retry`)).status).toBe(409);
  });

  it('discards a waiting dead letter once; unknown ids are 404 and a bad status filter 400', async () => {
    const discarded = await t.api('POST', `/api/dead-letters/${otherPoisonId}/discard`);
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ id: otherPoisonId, status: 'discarded' });
    expect((await t.runtime.services.store.deadLetters.get(otherPoisonId))?.status).toBe('discarded');
    expect((await t.api('POST', `/api/dead-letters/${otherPoisonId}/discard`)).status).toBe(409);
    expect((await t.api('POST', `/api/dead-letters/${otherPoisonId}/retry`)).status).toBe(409);
    expect((await t.api('GET', '/api/dead-letters?status=discarded')).body.deadLetters.map((l: any) => l.id)).toEqual([otherPoisonId]);

    expect((await t.api('POST', '/api/dead-letters/no-such-event/retry')).status).toBe(404);
    expect((await t.api('POST', '/api/dead-letters/no-such-event/discard')).status).toBe(404);
    const bad = await t.api('GET', '/api/dead-letters?status=lost');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('status must be one of');
  });

  it('keeps agents out (403)', async () => {
    const signIn = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@example.com', password: 'agent password 123' }),
    });
    expect(signIn.status).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': csrfToken };
    expect((await fetch(`${t.url}/api/dead-letters`, { headers })).status).toBe(403);
    expect((await fetch(`${t.url}/api/dead-letters/${poisonId}/discard`, { method: 'POST', headers })).status).toBe(403);
    // The agent's session is good for what agents may do.
    expect((await fetch(`${t.url}/api/conversations`, { headers })).status).toBe(200);
  });
});
