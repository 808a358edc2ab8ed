import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { signIn, type AgentSession } from '../testing/agent-session';

describe("a conversation's timeline, from the facts recorded", () => {
  let t: TestRuntime;
  let mei: AgentSession;
  let ken: AgentSession;
  let ada: AgentSession;
  let meiId: string;
  const events: { type: string; data: any }[] = [];
  const controller = new AbortController();

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    await t.publishExample('csat-on-close');
    await t.api('PUT', '/api/settings/categories', { categories: ['Billing', 'Delivery'], required: false });
    const password = 'correct horse battery';
    meiId = (await t.api('POST', '/api/users', { email: 'mei@example.com', name: 'Mei', teams: ['Support'], status: 'online', password })).body.id;
    await t.api('POST', '/api/users', { email: 'ken@example.com', name: 'Ken', teams: ['Billing'], password });
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password });
    [mei, ken, ada] = await Promise.all(['mei', 'ken', 'ada'].map((who) => signIn(t.url, `${who}@example.com`, password)));
    const stream = await fetch(`${t.url}/api/events`, { headers: { authorization: 'Bearer test-admin-token-0123456789' }, signal: controller.signal });
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of stream.body as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) });
        }
      }
    })().catch(() => {});
  });
  afterAll(async () => {
    controller.abort();
    await t.stop();
  });

  it('tells assignments, transfers, tags, the close, the rating and the reopening, by name', async () => {
    const user = 'Utimeline000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    const [menu] = await messagesDelivered(t.line, user, 1);
    const agentButton = menu.quickReply.items.find((i: any) => i.action.label === 'Talk to an agent').action.data;
    await t.webhook([lineEvent(t.line, user, postback(agentButton))]);
    const assigned = await eventually(async () => {
      const [c] = (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations;
      return c?.assignee === meiId ? c : null;
    });
    const id = assigned.id;
    // LINE sends only the button's data: the label the customer saw is kept with the message.
    const tap = (await t.api('GET', `/api/conversations/${id}`)).body.messages.find((m: any) => m.content.type === 'postback');
    expect(tap.content).toMatchObject({ data: agentButton, label: 'Talk to an agent' });

    const kenId = (await t.api('GET', '/api/users')).body.users.find((u: any) => u.name === 'Ken').id;
    expect((await ada.call('POST', `/api/conversations/${id}/assign`, { userId: kenId, team: 'Billing' })).status).toBe(202);
    expect((await mei.call('POST', `/api/conversations/${id}/tags`, { tag: 'vip' })).status).toBe(202);
    await eventually(() => events.some((e) => e.type === 'conversation' && e.data.id === id && e.data.tags?.includes('vip')), 10_000, 'the tag, live');
    expect((await ada.call('DELETE', `/api/conversations/${id}/tags/vip`)).status).toBe(202);
    expect((await ken.call('POST', `/api/conversations/${id}/close`, { category: 'Billing' })).status).toBe(202);
    const [, , rating] = await messagesDelivered(t.line, user, 3);
    await t.webhook([lineEvent(t.line, user, postback(rating.quickReply.items[3].action.data))]);
    await messagesDelivered(t.line, user, 4);
    const rated = await eventually(async () =>
      (await t.api('GET', `/api/conversations/${id}`)).body.messages.find((m: any) => m.content.data?.includes('rating')),
    );
    expect(rated.content.label).toBe('4/5');

    // Mei answers the closed conversation: it is open again, hers.
    expect((await mei.call('POST', `/api/conversations/${id}/messages`, { text: 'One more thing about your bill' })).status).toBe(202);
    const reopened = await eventually(async () => {
      const { body } = await t.api('GET', `/api/conversations/${id}`);
      return body.conversation.status === 'open' ? body : null;
    });
    expect(reopened.conversation).toMatchObject({ assignee: meiId, closedAt: null, category: null });
    expect(reopened.contact.openConversationId).toBe(id);
    await messagesDelivered(t.line, user, 5);

    const timeline = (await mei.call('GET', `/api/conversations/${id}/timeline`)).body.entries.map((e: any) => e.text);
    expect(timeline).toEqual([
      'The customer wrote',
      'Assigned to Mei (team Support) by the “FAQ menu” workflow (step “Assign”)',
      'Transferred from Mei to Ken (team Billing) by Ada',
      'Mei added the tag “vip”',
      'Ada removed the tag “vip”',
      'Closed by Ken · Billing',
      'The customer rated 4/5',
      'Reopened by Mei',
      'Mei took it over from Ken (team Billing)',
    ]);
    // Every assignment is kept, not only the latest.
    const history = await t.runtime.services.store.conversationEvents.find({ conversationId: id, kind: 'assigned' }, { sort: { at: 1 } });
    expect(history.map((e) => e.assignee)).toEqual([meiId, kenId, meiId]);
  });

  it('refuses a reply to a closed conversation when the customer has opened a newer one', async () => {
    const user = 'Utimeline000000000000000000000002';
    await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
    const first = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations[0]);
    await t.api('POST', `/api/conversations/${first.id}/close`);
    await eventually(async () => (await t.api('GET', `/api/conversations/${first.id}`)).body.conversation.status === 'closed');
    // The survey the close started would take the next message as its answer.
    await t.api('POST', `/api/conversations/${first.id}/stop-run`);
    await eventually(async () => (await t.api('GET', `/api/conversations/${first.id}`)).body.activeRun === null);
    await t.webhook([lineEvent(t.line, user, textMessage('hello again'))]);
    const second = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}&status=open`)).body.conversations[0]);
    const refused = await mei.call('POST', `/api/conversations/${first.id}/messages`, { text: 'hi' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'The customer has a newer open conversation: reply there', openConversationId: second.id });
    const closedByApi = (await t.api('GET', `/api/conversations/${first.id}/timeline`)).body.entries.map((e: any) => e.text);
    expect(closedByApi).toEqual(['The customer wrote', 'Closed through the API']);
  });
});
