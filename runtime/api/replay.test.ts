import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const customer = 'Ureplay00000000000000000000000001';
const faqMenu = () => JSON.parse(readFileSync(new URL('../../examples/faq-menu.json', import.meta.url), 'utf8'));

/** Replay: a real conversation's inputs against the draft, in a sandbox, compared with what was sent. */
describe('replaying a conversation against the draft', () => {
  let t: TestRuntime;
  let conversationId: string;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.api('POST', '/api/users', { email: 'sup@example.com', name: 'Sue', role: 'agent', teams: ['Support'], password: 'agent-password-1' });
    await t.publishExample('faq-menu');
    await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);
    await messagesDelivered(t.line, customer, 1);
    await t.webhook([lineEvent(t.line, customer, postback('node=ask-topic&choice=hours'))]);
    await messagesDelivered(t.line, customer, 2);
    await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);
    await messagesDelivered(t.line, customer, 3);
    await t.webhook([lineEvent(t.line, customer, textMessage('Pricing'))]);
    await messagesDelivered(t.line, customer, 4);
    conversationId = (await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations[0])).id;
  }, 60_000);
  afterAll(() => t?.stop());

  const replay = async () => {
    const answer = await t.api('POST', '/api/workflows/faq-menu/replay', { conversationId });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  };

  it('answers "same" everywhere while the draft is what was published', async () => {
    const result = await replay();
    expect(result.inputs.map((i: any) => i.input)).toEqual([
      { kind: 'text', text: 'menu' },
      { kind: 'postback', data: 'node=ask-topic&choice=hours' },
      { kind: 'text', text: 'menu' },
      { kind: 'text', text: 'Pricing' },
    ]);
    expect(result.inputs.map((i: any) => i.rows.map((r: any) => r.change))).toEqual([['same'], ['same'], ['same'], ['same']]);
    expect(result).toMatchObject({ complete: true, firstDivergence: null, summary: { same: 4, changed: 0, missing: 0, new: 0 } });
  }, 30_000);

  it('finds the step where a changed draft answers differently, sending nothing to LINE and leaving the customer alone', async () => {
    const document = faqMenu();
    const hours = document.nodes.find((n: any) => n.id === 'send-hours');
    hours.data.messages[0].text = 'We are open every day, 8:00–20:00.';
    const pricing = document.nodes.find((n: any) => n.id === 'send-pricing');
    pricing.data.messages.push({ type: 'text', text: 'Ask us for a discount.' });
    expect((await t.api('PUT', '/api/workflows/faq-menu', document)).status).toBe(200);
    const before = { line: t.line?.calls.length, contact: await t.runtime.services.store.contacts.get(customer) };
    const messagesBefore = (await t.api('GET', `/api/conversations/${conversationId}`)).body.messages.length;

    const result = await replay();
    expect(result.firstDivergence).toEqual({ input: 1, stepId: 'send-hours' });
    const [menu, tapped, , priced] = result.inputs;
    expect(menu.rows.map((r: any) => r.change)).toEqual(['same']);
    expect(tapped.rows).toEqual([
      {
        change: 'changed',
        sent: { stepId: 'send-hours', message: expect.objectContaining({ text: 'We are open Monday to Friday, 9:00–18:00 (JST).' }) },
        draft: { stepId: 'send-hours', message: expect.objectContaining({ text: 'We are open every day, 8:00–20:00.' }) },
      },
    ]);
    expect(priced.rows.map((r: any) => [r.change, r.draft?.message.text ?? null])).toEqual([
      ['same', expect.stringContaining('Plans start at')],
      ['new', 'Ask us for a discount.'],
    ]);
    expect(result.summary).toEqual({ same: 3, changed: 1, missing: 0, new: 1 });

    // A sandbox: a test contact on the simulated channel; nothing went to LINE, the customer's records did not move.
    expect(result.replayContactId).toMatch(/^sim-test-replay-/);
    expect(t.line?.calls.length).toBe(before.line);
    expect(await t.runtime.services.store.contacts.get(customer)).toEqual(before.contact);
    expect((await t.api('GET', `/api/conversations/${conversationId}`)).body.messages).toHaveLength(messagesBefore);
    expect(await t.runtime.services.store.testSessions.get(result.replayContactId)).toBeNull();
  }, 30_000);

  it('lists a removed step\u2019s messages as missing', async () => {
    const document = faqMenu();
    document.edges = document.edges.filter((e: any) => e.id !== 'e-pricing');
    document.nodes = document.nodes.filter((n: any) => n.id !== 'send-pricing');
    expect((await t.api('PUT', '/api/workflows/faq-menu', document)).status).toBe(200);
    const result = await replay();
    expect(result.inputs[3].rows).toEqual([{ change: 'missing', sent: expect.objectContaining({ stepId: 'send-pricing' }), draft: null }]);
    expect(result.firstDivergence).toEqual({ input: 3, stepId: 'send-pricing' });
  }, 30_000);

  it('refuses a draft with errors, an unknown conversation and one without input', async () => {
    expect((await t.api('POST', '/api/workflows/faq-menu/replay', { conversationId: 'nope' })).status).toBe(404);
    expect((await t.api('POST', '/api/workflows/nope/replay', { conversationId })).status).toBe(404);
    const broken = faqMenu();
    broken.nodes.find((n: any) => n.id === 'send-hours').data.messages = [];
    expect((await t.api('PUT', '/api/workflows/faq-menu?allowInvalid=true', broken)).status).toBe(200);
    const refused = await t.api('POST', '/api/workflows/faq-menu/replay', { conversationId });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/fix them to replay/);
  });
});
