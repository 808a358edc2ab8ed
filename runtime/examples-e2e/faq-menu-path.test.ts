import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { makeAgents, openConversation } from './example-agents';

describe('the "FAQ menu" example, published and driven over signed LINE webhooks', () => {
  let t: TestRuntime;
  let support: Record<string, string>;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    // One of the two is away: round robin over both would hand every other customer to her.
    support = await makeAgents(t, 'Support', { akiko: 'away', bunta: 'online' });
  });
  afterAll(() => t.stop());

  it('"menu" shows the three topics; "Talk to an agent" assigns an online agent and says so', async () => {
    for (const user of ['Ufaqpath000000000000000000000001', 'Ufaqpath000000000000000000000002']) {
      await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
      const [menu] = await messagesDelivered(t.line, user, 1);
      expect(menu.text).toBe('How can we help?');
      const buttons = menu.quickReply.items.map((item: any) => item.action);
      expect(buttons.map((b: any) => b.label)).toEqual(['Business hours', 'Pricing', 'Talk to an agent']);
      await t.webhook([lineEvent(t.line, user, postback(buttons[2].data))]);
      await messagesDelivered(t.line, user, 2);
      expect(t.line?.textsTo(user)[1]).toBe('An agent will be with you shortly.');
      const conversation = await eventually(async () => {
        const open = await openConversation(t, user);
        return open?.assignee ? open : null;
      });
      expect(conversation).toMatchObject({ assignee: support.bunta, team: 'Support' });
    }
  });

  it('a new friend gets the menu too, and the hours answer names the days and the zone', async () => {
    const user = 'Ufaqpath000000000000000000000003';
    await t.webhook([lineEvent(t.line, user, { type: 'follow', follow: { isUnblocked: false } })]);
    const [menu] = await messagesDelivered(t.line, user, 1);
    expect(menu.text).toBe('How can we help?');
    await t.webhook([lineEvent(t.line, user, textMessage('business hours'))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('We are open Monday to Friday, 9:00–18:00 (JST).');
  });

  it('with nobody online, "Talk to an agent" says the agents are busy and leaves the conversation unassigned', async () => {
    await t.api('PATCH', `/api/users/${support.bunta}`, { status: 'away' });
    const user = 'Ufaqpath000000000000000000000004';
    await t.webhook([lineEvent(t.line, user, textMessage('Menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage('Talk to an agent'))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('All our agents are busy right now. We will reply as soon as we can.');
    expect(await openConversation(t, user)).toMatchObject({ status: 'open', assignee: null });
  });
});
