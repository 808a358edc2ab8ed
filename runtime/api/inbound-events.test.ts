import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('GET /api/inbound-events (the event archive)', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  it("lists a customer's message as applied, with the run it started and the raw LINE event", async () => {
    const user = 'Uevents00000000000000000000000001';
    const sent = lineEvent(t.line, user, textMessage('menu'));
    expect((await t.webhook([sent])).status).toBe(200);
    await messagesDelivered(t.line, user, 1);
    const { body: runs } = await t.api('GET', `/api/runs?contactId=${user}`);
    expect(runs.runs).toHaveLength(1);
    expect(runs.runs[0].workflowId).toBe('faq-menu');

    const { status, body } = await t.api('GET', `/api/inbound-events?contactId=${user}`);
    expect(status).toBe(200);
    expect(body.events).toHaveLength(1);
    const [event] = body.events;
    expect(event).toMatchObject({ contactId: user, kind: 'message', outcome: 'applied', runId: runs.runs[0].id, error: null });
    expect(new Date(event.receivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(event.raw).toMatchObject({ webhookEventId: sent.webhookEventId, source: { type: 'user', userId: user }, message: { type: 'text', text: 'menu' } });
  });

  it('lists newest first, pages with limit and before, and filters by contact', async () => {
    const user = 'Uevents00000000000000000000000002';
    for (const text of ['one', 'two', 'three']) {
      await t.webhook([lineEvent(t.line, user, textMessage(text))]);
      // One at a time, so their receivedAt differ and the order is known.
      await eventually(async () => (await t.api('GET', `/api/inbound-events?contactId=${user}`)).body.events.some((e: any) => e.raw.message.text === text));
    }
    const texts = (events: any[]) => events.map((e) => e.raw.message.text);
    const first = await t.api('GET', `/api/inbound-events?contactId=${user}&limit=2`);
    expect(texts(first.body.events)).toEqual(['three', 'two']);
    const next = await t.api('GET', `/api/inbound-events?contactId=${user}&limit=2&before=${encodeURIComponent(first.body.events[1].receivedAt)}`);
    expect(texts(next.body.events)).toEqual(['one']);
    const all = await t.api('GET', '/api/inbound-events?limit=200');
    expect(new Set(all.body.events.map((e: any) => e.contactId))).toEqual(new Set([user, 'Uevents00000000000000000000000001']));
  });

  it('answers 400 naming the parameter for a bad limit, before or contactId', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['before=yesterday', 'before'],
      ['before=2026-13-45T00:00:00Z', 'before'],
      ['contactId=a&contactId=b', 'contactId'],
    ]) {
      const { status, body } = await t.api('GET', `/api/inbound-events?${query}`);
      expect(status, query).toBe(400);
      expect(body.error, query).toMatch(new RegExp(`^(query\\.)?${field} must`));
    }
  });

  it('is for admins only: agents get 403, a caller without credentials 401', async () => {
    expect((await t.api('POST', '/api/users', { email: 'events-agent@example.com', role: 'agent', password: 'agent password 123' })).status).toBe(201);
    const signIn = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'events-agent@example.com', password: 'agent password 123' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    expect((await fetch(`${t.url}/api/conversations`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${t.url}/api/inbound-events`, { headers: { cookie } })).status).toBe(403);
    expect((await fetch(`${t.url}/api/inbound-events`)).status).toBe(401);
  });
});
