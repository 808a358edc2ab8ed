import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokyoDays } from '../reports/testing/count-by-hand';
import { sandboxWorkflow } from '../testing/sandbox-workflow';
import { eventually, startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';

/**
 * The editor's test chat as a sandbox: every trigger of the draft fired from it through the queue
 * and engine, and its contact and conversation kept out of the inbox, the contacts list and reports.
 */
describe('test chat sandbox', () => {
  let t: TestRuntime;
  let tester: string;
  const real = 'sim-real-aoi';
  const texts = async (userId: string) =>
    ((await t.api('GET', `/api/simulator/contacts/${userId}/messages`)).body.messages as { direction: string; content: { text?: string } }[])
      .filter((m) => m.direction === 'out')
      .map((m) => m.content.text ?? '');
  const said = (userId: string, text: string) => eventually(async () => (await texts(userId)).includes(text), 10_000, `"${text}" in the chat`);
  const fire = (body: Record<string, unknown>) => t.api('POST', `/api/simulator/contacts/${tester}/trigger`, body);

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    // A simulated customer who is not a test contact: listed everywhere, so the checks below can see a difference.
    expect((await t.api('PUT', `/api/simulator/contacts/${real}/profile`, { displayName: 'Aoi Real' })).status).toBe(200);
    expect((await t.api('POST', `/api/simulator/contacts/${real}/messages`, { text: 'hello' })).status).toBe(202);
    await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${real}`)).body.conversations.length === 1);

    expect((await t.api('POST', '/api/workflows', sandboxWorkflow())).status).toBe(201);
    const started = await t.api('POST', '/api/workflows/sandbox/test');
    expect(started.status).toBe(201);
    tester = started.body.contactId as string;
  }, 60_000);
  afterAll(() => t?.stop());

  it("sets the test contact's profile, fields and tags, which the run then reads", async () => {
    const saved = await t.api('PUT', `/api/simulator/contacts/${tester}/details`, {
      displayName: 'Tess Tester',
      language: 'ja',
      fields: { tier: 'gold' },
      tags: ['vip', ' vip '],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ displayName: 'Tess Tester', language: 'ja', fields: { tier: 'gold' }, tags: ['vip'], openConversationId: null });
    const bad = await t.api('PUT', `/api/simulator/contacts/${tester}/details`, { displayName: 'x', fields: { 'no spaces': 1 }, tags: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('"no spaces" is not a field name');
    expect((await t.api('PUT', `/api/simulator/contacts/${real}/details`, { displayName: 'x', fields: {}, tags: [] })).status).toBe(400);

    expect((await fire({ trigger: 'conversation-opened', text: 'hi there' })).status).toBe(202);
    await said(tester, 'Welcome, Tess Tester (tier gold)');
    const again = await fire({ trigger: 'conversation-opened', text: 'hi again' });
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('already open');
  });

  it('fires the shortcut with its form, checked like the inbox, and the webhook with its variables', async () => {
    const missing = await fire({ trigger: 'shortcut', fields: { amount: '5' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('fields: Order number (orderId) is required');
    expect((await fire({ trigger: 'shortcut', fields: { orderId: 'A-1', amount: '1,200' } })).status).toBe(202);
    await said(tester, 'Refund for order A-1: 1200 yen');

    const hook = await fire({ trigger: 'incoming-webhook', variables: { orderId: 'B-2', status: 'shipped', extra: true } });
    expect(hook.status).toBe(202);
    expect(hook.body.note).toContain('extra');
    await said(tester, 'Order B-2 is shipped');
    expect((await fire({ trigger: 'incoming-webhook', variables: [1] })).status).toBe(400);
  });

  it('refreshes the trace after "Timeout now" although the timeout sends nothing', async () => {
    expect((await t.api('POST', `/api/simulator/contacts/${tester}/messages`, { text: 'wait' })).status).toBe(202);
    await said(tester, 'Your order number?');
    const lastRun = async () => (await t.api('GET', `/api/runs?contactId=${tester}`)).body.runs.at(-1);
    await eventually(async () => (await lastRun())?.status === 'waiting');
    const stream = await fetch(`${t.url}/api/simulator/contacts/${tester}/stream`, { headers: { authorization: `Bearer ${testAdminToken}` } });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const fired = await t.api('POST', `/api/simulator/contacts/${tester}/fire-timer`);
    expect(fired.status).toBe(202);
    let seen = '';
    while (!seen.includes(`"eventId":"${fired.body.eventId as string}"`)) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(seen).toContain('event: applied');
    expect((await lastRun()).status).toBe('completed');
  });

  it('closing the test conversation fires conversation-closed: the rating, then the thanks', async () => {
    expect((await fire({ trigger: 'conversation-closed' })).status).toBe(202);
    await said(tester, 'How did we do?');
    const messages = (await t.api('GET', `/api/simulator/contacts/${tester}/messages`)).body.messages as { content: Record<string, any> }[];
    const items = messages.at(-1)?.content.quickReply.items as { action: { label: string; data: string } }[];
    const four = items.find((item) => item.action.label === '4');
    expect((await t.api('POST', `/api/simulator/contacts/${tester}/messages`, { postbackData: four?.action.data, displayText: '4' })).status).toBe(202);
    await said(tester, 'Thanks for your 4!');
  });

  it('keeps the test contact and its conversations out of the inbox list, the contacts list and reports', async () => {
    const inTester = (list: { contactId?: string; id?: string }[]) => list.some((row) => row.contactId === tester || row.id === tester);
    for (const query of ['', '?status=open', '?status=closed', '?status=all', '?status=snoozed', '?assignee=none', `?contactId=${tester}`, '?q=order']) {
      const answer = await t.api('GET', `/api/conversations${query}`);
      expect(answer.status, query).toBe(200);
      expect(inTester(answer.body.conversations), `conversations${query}`).toBe(false);
    }
    expect((await t.api('GET', '/api/conversations?status=all')).body.conversations.map((c: { contactId: string }) => c.contactId)).toEqual([real]);

    for (const query of ['', '?q=Tess', '?q=sim-test', '?tag=vip', '?sort=name']) {
      const answer = await t.api('GET', `/api/contacts${query}`);
      expect(answer.status, query).toBe(200);
      expect(inTester(answer.body.contacts), `contacts${query}`).toBe(false);
    }
    expect((await t.api('GET', '/api/contacts')).body.contacts.map((c: { id: string }) => c.id)).toEqual([real]);

    // The inbox's live feed: the real customer's message comes through, nothing of the test contact.
    const feed = await fetch(`${t.url}/api/events`, { headers: { authorization: `Bearer ${testAdminToken}` } });
    const reader = (feed.body as ReadableStream<Uint8Array>).getReader();
    expect((await t.api('POST', `/api/simulator/contacts/${tester}/messages`, { text: 'wait' })).status).toBe(202);
    await said(tester, 'Your order number?');
    expect((await t.api('POST', `/api/simulator/contacts/${real}/messages`, { text: 'real customer here' })).status).toBe(202);
    let seen = '';
    while (!seen.includes('real customer here')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(seen).toContain('real customer here');
    expect(seen).not.toContain(tester);

    const { today, yesterday } = tokyoDays();
    const overview = await t.api('GET', `/api/reports/overview?from=${yesterday}&to=${today}`);
    expect(overview.status).toBe(200);
    // Aoi's one conversation and two messages count; the test contact's two conversations, messages and rating do not.
    expect(overview.body.conversations).toMatchObject({ opened: 1, closed: 0 });
    expect(overview.body.contacts.new).toBe(1);
    expect(overview.body.messages.received).toBe(2);
    expect(overview.body.messages.sentByBot).toBe(0);
    expect(overview.body.csat.responses).toBe(0);
  });
});
