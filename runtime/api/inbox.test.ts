import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('the inbox API', () => {
  let t: TestRuntime;
  let agentId: string;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    agentId = (await t.api('POST', '/api/users', { email: 'mei@example.com', name: 'Mei', teams: ['Support'], status: 'online' })).body.id;
  });
  afterAll(() => t.stop());

  it("an agent replies free (the customer's unused reply token), adds a note and a tag, transfers, and stops a workflow", async () => {
    const user = 'Uinbox000000000000000000000000001';
    const events: string[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${t.url}/api/events`, { headers: { authorization: 'Bearer test-admin-token-0123456789' }, signal: controller.signal });
    void (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of stream.body as AsyncIterable<Uint8Array>)
        for (const line of decoder.decode(chunk).split('\n')) if (line.startsWith('event: ')) events.push(line.slice(7));
    })().catch(() => {});

    await t.webhook([lineEvent(t.line, user, textMessage('hello?'))]);
    const conversation = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations[0]);
    expect((await t.api('POST', `/api/conversations/${conversation.id}/messages`, { text: 'Hi! How can I help?' })).status).toBe(202);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['reply']);

    await t.api('POST', `/api/conversations/${conversation.id}/notes`, { text: 'VIP customer' });
    await t.api('POST', `/api/conversations/${conversation.id}/tags`, { tag: 'vip' });
    await t.api('POST', `/api/conversations/${conversation.id}/assign`, { userId: agentId, team: 'Support' });
    const detail = await eventually(async () => {
      const { body } = await t.api('GET', `/api/conversations/${conversation.id}`);
      return body.conversation.assignee === agentId && body.contact.tags.includes('vip') ? body : null;
    });
    expect(detail.conversation.team).toBe('Support');
    expect(detail.messages.map((m: any) => [m.author, m.content.text])).toEqual(
      expect.arrayContaining([
        ['customer', 'hello?'],
        ['agent', 'Hi! How can I help?'],
        ['agent', 'VIP customer'],
      ]),
    );
    expect((await t.api('GET', `/api/conversations?assignee=${agentId}`)).body.conversations.map((c: any) => c.id)).toEqual([conversation.id]);

    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 2);
    expect((await t.api('GET', `/api/conversations/${conversation.id}`)).body.activeRun).toMatchObject({
      workflowId: 'faq-menu',
      status: 'waiting',
      nodeId: 'ask-topic',
    });
    await t.api('POST', `/api/conversations/${conversation.id}/stop-run`);
    await eventually(async () => (await t.api('GET', `/api/conversations/${conversation.id}`)).body.activeRun === null);

    await t.api('DELETE', `/api/conversations/${conversation.id}/tags/vip`);
    await eventually(async () => !(await t.api('GET', `/api/conversations/${conversation.id}`)).body.contact.tags.includes('vip'));
    expect(events).toEqual(expect.arrayContaining(['message', 'conversation']));
    controller.abort();
  });

  it('checks what agents send', async () => {
    const { body } = await t.api('GET', '/api/conversations');
    const id = body.conversations[0].id;
    expect((await t.api('POST', `/api/conversations/${id}/messages`, { text: '' })).status).toBe(400);
    expect((await t.api('POST', `/api/conversations/${id}/messages`, { text: 'x'.repeat(5001) })).body.error).toBe(
      'text must be at most 5000 characters (it has 5001)',
    );
    expect((await t.api('POST', `/api/conversations/${id}/assign`, { userId: 'nobody' })).status).toBe(400);
    expect((await t.api('POST', '/api/conversations/nope/messages', { text: 'hi' })).status).toBe(404);
  });
});
