import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../testing/fixtures/line/${name}.json`, import.meta.url), 'utf8'));

describe('webhook ingestion and delivery guarantees', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  it('answers the empty verification call with 200', async () => {
    const raw = JSON.stringify(fixture('verify'));
    expect((await t.webhook([], { raw })).status).toBe(200);
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const raw = JSON.stringify(fixture('message-text'));
    const before = await t.runtime.services.store.contacts.count({});
    // Publishing asked LINE's validate endpoints: only calls made after it count.
    const callsBefore = t.line?.calls.length ?? 0;
    expect((await t.webhook([], { raw, signature: 'bm90IGEgc2lnbmF0dXJl' })).status).toBe(401);
    const missing = await fetch(`${t.url}/webhook/line`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'Bad or missing x-line-signature' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.runtime.services.store.contacts.count({})).toBe(before);
    expect(await t.runtime.services.queue.queue.count()).toBe(0);
    expect(t.line?.calls.slice(callsBefore)).toEqual([]);
  });

  it('refuses a body over the size limit with 413', async () => {
    const raw = JSON.stringify({ destination: 'x', events: [], padding: 'x'.repeat(1_100_000) });
    expect((await t.webhook([], { raw })).status).toBe(413);
  });

  it('answers a duplicate delivery (LINE redelivery, same webhookEventId) once', async () => {
    const original = fixture('message-text');
    const redelivery = fixture('redelivery');
    const user = original.events[0].source.userId;
    t.line?.issueReplyToken(original.events[0].replyToken, user);
    await t.webhook([], { raw: JSON.stringify(original) });
    await t.webhook([], { raw: JSON.stringify(redelivery) });
    await t.webhook([], { raw: JSON.stringify(original) });
    await messagesDelivered(t.line, user, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(t.line?.textsTo(user)).toEqual(['How can we help?']);
    const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
    expect(body.runs).toHaveLength(1);
  });

  it('keeps group messages and unknown event types without acting on them', async () => {
    const raw = JSON.stringify(fixture('unknown-and-group'));
    expect((await t.webhook([], { raw })).status).toBe(200);
    const ignored = await eventually(async () => {
      const found = await t.runtime.services.store.ignoredEvents.find({});
      return found.length >= 2 ? found : null;
    });
    expect(ignored.map((e) => e.reason).sort()).toEqual([
      'event type "membership" runs no workflow',
      'from a group source: only one-to-one chats run workflows',
    ]);
  });

  it('creates the contact on first sight with its LINE profile, fetched once', async () => {
    const user = 'Uprofile0000000000000000000000001';
    t.line?.profiles.set(user, { userId: user, displayName: '山田 花子', language: 'ja' });
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, postback('choice=hours'))]);
    await messagesDelivered(t.line, user, 2);
    const contact = await t.runtime.services.store.contacts.get(user);
    expect(contact).toMatchObject({ displayName: '山田 花子', language: 'ja', isFriend: true });
    expect(t.line?.calls.filter((c) => c.endpoint === 'profile' && c.userId === user)).toHaveLength(1);
  });

  it('retries 429 and 500 with backoff and delivers once, also when LINE took a request before failing', async () => {
    const user = 'Ustorm000000000000000000000000001';
    t.line?.failNext('reply', 2, 429);
    t.line?.failNext('reply', 1, 500, { apply: true });
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    const recorded = await eventually(() => t.runtime.services.store.messages.find({ contactId: user, direction: 'out' }).then((m) => m[0]));
    expect(recorded.delivery).toEqual({ method: 'reply', status: 'sent' });
    expect(t.line?.textsTo(user)).toEqual(['How can we help?']);
    const statuses = t.line?.calls.filter((c) => c.endpoint === 'reply' && c.userId === user).map((c) => c.status);
    expect(statuses).toEqual([429, 429, 500, 400]);
  });

  it('falls back to push with a retry key when the reply token is refused, and counts the push', async () => {
    const user = 'Upush0000000000000000000000000001';
    const event = lineEvent(t.line, user, textMessage('menu'));
    event.replyToken = 'never-issued-token';
    await t.webhook([event]);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['push']);
    // The fake records the push when it takes it; LineFlow counts it once LINE has answered.
    const usage = await eventually(async () => {
      const answer = await t.api('GET', '/api/line/usage');
      return answer.body.pushes >= 1 ? answer : null;
    });
    expect(usage.body.quota).toMatchObject({ type: 'limited', value: 1000 });
  });

  it("does not retry what LINE refuses (400): the run records LINE's message", async () => {
    const user = 'Urefused00000000000000000000000001';
    t.line?.failNext('reply', 1, 400, { message: 'The request body has 1 error(s)' });
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    const run = await eventually(async () => {
      const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
      return body.runs.find((r: any) => r.status === 'failed');
    });
    expect(run.error).toContain('LINE refused the message from step ask-topic: The request body has 1 error(s)');
    expect(t.line?.calls.filter((c) => c.userId === user && (c.endpoint === 'reply' || c.endpoint === 'push')).map((c) => c.status)).toEqual([400]);
    expect(t.line?.messagesTo(user)).toEqual([]);
  });
});

describe('a storm of 429 and 5xx answers', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  it('delivers every answer exactly once to 40 customers', async () => {
    const users = Array.from({ length: 40 }, (_, i) => `Ustormy${String(i).padStart(26, '0')}`);
    t.line?.storm(0.4, [429, 500, 503], 0.5);
    await Promise.all(users.map((user) => t.webhook([lineEvent(t.line, user, textMessage('menu'))])));
    await Promise.all(users.map((user) => messagesDelivered(t.line, user, 1, 30_000)));
    // The second message of each: some by reply, some by push when the token is spent or stale.
    await Promise.all(users.map((user) => t.webhook([lineEvent(t.line, user, postback('choice=pricing'))])));
    await Promise.all(users.map((user) => messagesDelivered(t.line, user, 2, 30_000)));
    const failures = t.line?.calls.filter((c) => c.status === 429 || c.status >= 500).length ?? 0;
    t.line?.storm(0, []);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const user of users) {
      expect(t.line?.textsTo(user)).toEqual(['How can we help?', 'Plans start at ¥5,000 a month. Details: https://example.com/pricing']);
    }
    expect(failures).toBeGreaterThan(10);
  }, 60_000);
});
