import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('the FAQ example over a signed LINE webhook', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  it('answers "menu" with the three options as quick replies, by reply', async () => {
    const user = 'Ufaq000000000000000000000000001';
    expect((await t.webhook([lineEvent(t.line, user, textMessage('menu'))])).status).toBe(200);
    const [message] = await messagesDelivered(t.line, user, 1);
    expect(message.text).toBe('How can we help?');
    expect(message.quickReply.items.map((i: any) => i.action.label)).toEqual(['Business hours', 'Pricing', 'Talk to an agent']);
    expect(t.line?.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['reply']);
  });

  it('answers the Business hours button (postback) with the exact hours', async () => {
    const user = 'Ufaq000000000000000000000000002';
    await t.webhook([lineEvent(t.line, user, textMessage('MENU'))]);
    const [menu] = await messagesDelivered(t.line, user, 1);
    const hours = menu.quickReply.items[0].action;
    expect(hours.type).toBe('postback');
    await t.webhook([lineEvent(t.line, user, postback(hours.data))]);
    await eventually(() => t.line?.textsTo(user).length === 2);
    expect(t.line?.textsTo(user)).toEqual(['How can we help?', 'We are open Monday to Friday, 9:00–18:00 (JST).']);
  });

  it('answers the label typed by hand, and pricing', async () => {
    const user = 'Ufaq000000000000000000000000003';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await eventually(() => t.line?.textsTo(user).length === 1);
    await t.webhook([lineEvent(t.line, user, textMessage('business hours'))]);
    await eventually(() => t.line?.textsTo(user).length === 2);
    expect(t.line?.textsTo(user)[1]).toBe('We are open Monday to Friday, 9:00–18:00 (JST).');
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await eventually(() => t.line?.textsTo(user).length === 3);
    await t.webhook([lineEvent(t.line, user, textMessage('Pricing'))]);
    await eventually(() => t.line?.textsTo(user).length === 4);
    expect(t.line?.textsTo(user)[3]).toBe('Plans start at ¥5,000 a month. Details: https://example.com/pricing');
  });

  it('re-asks once on an answer that is no option', async () => {
    const user = 'Ufaq000000000000000000000000004';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await eventually(() => t.line?.textsTo(user).length === 1);
    await t.webhook([lineEvent(t.line, user, textMessage('what?'))]);
    await eventually(() => t.line?.textsTo(user).length === 2);
    const retry = t.line?.messagesTo(user)[1];
    expect(retry.text).toBe('Please tap one of the buttons below.');
    expect(retry.quickReply.items).toHaveLength(3);
  });

  it('records the run with its trace, readable through the API', async () => {
    const user = 'Ufaq000000000000000000000000002';
    const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
    const run = body.runs.find((r: any) => r.status === 'completed');
    expect(run.workflowId).toBe('faq-menu');
    expect(run.trace.map((s: any) => [s.stepId, s.port])).toEqual([
      ['trigger-menu', 'next'],
      ['ask-topic', undefined],
      ['ask-topic', 'hours'],
      ['send-hours', 'next'],
    ]);
  });

  it("the editor's test chat runs an unpublished draft through the simulated channel, beside LINE", async () => {
    const draft = JSON.parse(JSON.stringify((await t.api('GET', '/api/workflows/faq-menu')).body.document));
    draft.id = 'faq-draft';
    draft.nodes[3].data.messages[0].text = 'Draft hours: always open.';
    expect((await t.api('POST', '/api/workflows', draft)).status).toBe(201);
    const { body } = await t.api('POST', '/api/workflows/faq-draft/test');
    const contact = body.contactId as string;
    expect(contact).toMatch(/^sim-test-/);
    await t.api('POST', `/api/simulator/contacts/${contact}/messages`, { text: 'menu' });
    await eventually(async () => (await t.api('GET', `/api/simulator/contacts/${contact}/messages`)).body.messages.length >= 2);
    await t.api('POST', `/api/simulator/contacts/${contact}/messages`, { text: 'Business hours' });
    const texts = await eventually(async () => {
      const { body: log } = await t.api('GET', `/api/simulator/contacts/${contact}/messages`);
      const out = log.messages.filter((m: any) => m.direction === 'out').map((m: any) => m.content.text);
      return out.length >= 2 ? out : null;
    });
    expect(texts).toEqual(['How can we help?', 'Draft hours: always open.']);
    expect(t.line?.calls.filter((c) => c.userId === contact)).toEqual([]);
    // Published customers still get the published version.
    const user = 'Ufaq000000000000000000000000009';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage('Business hours'))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('We are open Monday to Friday, 9:00–18:00 (JST).');
  });
});
