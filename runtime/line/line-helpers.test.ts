import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type AgentSession } from '../testing/agent-session';
import { startFakeCrm, type FakeCrm } from '../testing/fake-crm';
import { fakeChat } from '../testing/fake-line/chat-routes';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const node = (id: string, type: string, data: Record<string, unknown>) => ({ id, type, position: { x: 0, y: 0 }, data });
const edge = (source: string, target: string, handle = 'next') => ({ id: `${source}-${handle}-${target}`, source, sourceHandle: handle, target });
const say = (text: string) => ({ messages: [{ type: 'text', text }] });

/** "order": looks the order up (12 s time-out) and answers quoting the customer. "news": one silent message, then one that notifies. */
function helpersWorkflow(crmUrl: string) {
  return {
    schemaVersion: 1,
    id: 'helpers',
    name: 'LINE helpers',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      node('order', 'trigger-keyword', { keywords: ['order'], match: 'starts-with' }),
      node('call', 'http-request', {
        method: 'POST',
        url: crmUrl,
        headers: [],
        body: '{}',
        timeoutSeconds: 12,
        responseMapping: [{ path: 'id', variable: 'ticket' }],
      }),
      node('found', 'send-message', { ...say('Order {{vars.ticket}} found'), quoteTrigger: true }),
      node('news', 'trigger-keyword', { keywords: ['news'], match: 'exact' }),
      node('quiet', 'send-message', { ...say('A quiet update'), notificationDisabled: true }),
      node('loud', 'send-message', say('And a loud one')),
    ],
    edges: [edge('order', 'call'), edge('call', 'found', 'success'), edge('call', 'found', 'failure'), edge('news', 'quiet'), edge('quiet', 'loud')],
  };
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  message: { id: `m-${Math.random().toString(36).slice(2)}`, type: 'text', text: value, quoteToken: `quote-${value}`, ...extra },
});

describe("LINE's helpers through a running LineFlow", () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  let agent: AgentSession;
  const line = () => t.line as NonNullable<TestRuntime['line']>;
  const endpointCalls = (endpoint: string) => line().calls.filter((c) => c.endpoint === endpoint);

  beforeAll(async () => {
    crm = await startFakeCrm();
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
    const created = await t.api('POST', '/api/workflows', helpersWorkflow(crm.ticketsUrl));
    expect(created.body).toMatchObject({ id: 'helpers' });
    expect((await t.api('POST', '/api/workflows/helpers/publish')).status).toBe(201);
    await t.api('POST', '/api/users', { email: 'aoi@example.com', name: 'Aoi', role: 'agent', password: 'a long agent password 1' });
    agent = await signIn(t.url, 'aoi@example.com', 'a long agent password 1');
  }, 30_000);
  afterAll(async () => {
    await t.stop();
    await crm.stop();
  });

  async function conversationOf(userId: string): Promise<{ id: string }> {
    return eventually(async () => (await t.api('GET', `/api/conversations?contactId=${userId}`)).body.conversations[0], 10_000, 'a conversation');
  }

  it('shows the loading animation before an HTTP step the customer waits on, long enough for its time-out', async () => {
    const user = `U${'1'.repeat(32)}`;
    let loadingsWhenCalled = -1;
    crm.onCall = () => void (loadingsWhenCalled = endpointCalls('loading').filter((c) => c.body?.chatId === user).length);
    await t.webhook([lineEvent(t.line, user, text('order 42'))]);
    const [answer] = await messagesDelivered(t.line, user, 1);
    crm.onCall = undefined;
    expect(answer.text).toMatch(/^Order CRM-\d+ found$/);
    expect(loadingsWhenCalled).toBe(1);
    const [loading] = endpointCalls('loading').filter((c) => c.body?.chatId === user);
    expect(loading).toMatchObject({ status: 202, body: { chatId: user, loadingSeconds: 15 } });
  });

  it('quotes the message that started the run when the send step asks, and sends silently per step', async () => {
    const quoter = `U${'2'.repeat(32)}`;
    await t.webhook([lineEvent(t.line, quoter, text('order 7'))]);
    const [quoted] = await messagesDelivered(t.line, quoter, 1);
    expect(quoted.quoteToken).toBe('quote-order 7');

    const reader = `U${'3'.repeat(32)}`;
    await t.webhook([lineEvent(t.line, reader, text('news'))]);
    await messagesDelivered(t.line, reader, 2);
    const requests = line()
      .calls.filter((c) => (c.endpoint === 'reply' || c.endpoint === 'push') && c.status === 200 && c.userId === reader)
      .map((c) => ({ texts: c.body.messages.map((m: { text: string }) => m.text), silent: c.body.notificationDisabled }));
    // notificationDisabled is a request's: the quiet message goes alone, the loud one in a request of its own.
    expect(requests).toEqual([
      { texts: ['A quiet update'], silent: true },
      { texts: ['And a loud one'], silent: undefined },
    ]);
  });

  it("lets an agent reply quoting a customer's message, and refuses a quote of anything else", async () => {
    const user = `U${'4'.repeat(32)}`;
    const event = lineEvent(t.line, user, text('is this still on sale?'));
    await t.webhook([event]);
    const conversation = await conversationOf(user);
    const messageId = `in-${event.webhookEventId}`;
    const reply = await agent.call('POST', `/api/conversations/${conversation.id}/messages`, { text: 'Yes, until Sunday', quoteMessageId: messageId });
    expect(reply.status).toBe(202);
    const [sent] = await messagesDelivered(t.line, user, 1);
    expect(sent).toEqual({ type: 'text', text: 'Yes, until Sunday', quoteToken: 'quote-is this still on sale?' });
    const wrong = await agent.call('POST', `/api/conversations/${conversation.id}/messages`, { text: 'x', quoteMessageId: 'in-nothing' });
    expect(wrong).toMatchObject({ status: 400, body: { error: expect.stringMatching(/quoteMessageId: no message/) } });
  });

  it("puts the agent's name and the icon on agents' replies once the setting is on (off by default)", async () => {
    const user = `U${'5'.repeat(32)}`;
    await t.webhook([lineEvent(t.line, user, text('hello'))]);
    const conversation = await conversationOf(user);
    expect((await t.api('GET', '/api/settings/line-helpers')).body).toMatchObject({ agentSender: false, markAsReadOnOpen: true });
    await agent.call('POST', `/api/conversations/${conversation.id}/messages`, { text: 'Before' });
    const [before] = await messagesDelivered(t.line, user, 1);
    expect(before.sender).toBeUndefined();

    const refused = await t.api('PUT', '/api/settings/line-helpers', { markAsReadOnOpen: true, agentSender: true, senderIconUrl: 'http://example.com/a.png' });
    expect(refused).toMatchObject({ status: 400, body: { error: expect.stringMatching(/https/) } });
    const icon = 'https://example.com/agents/icon.png';
    expect((await t.api('PUT', '/api/settings/line-helpers', { markAsReadOnOpen: true, agentSender: true, senderIconUrl: icon })).status).toBe(200);
    await agent.call('POST', `/api/conversations/${conversation.id}/messages`, { text: 'After' });
    const [, after] = await messagesDelivered(t.line, user, 2);
    expect(after).toMatchObject({ text: 'After', sender: { name: 'Aoi', iconUrl: icon } });
    await t.api('PUT', '/api/settings/line-helpers', { markAsReadOnOpen: true, agentSender: false, senderIconUrl: null });
  });

  it('marks the customer\u2019s messages read once when an agent opens the conversation, with the newest token', async () => {
    const user = `U${'6'.repeat(32)}`;
    await t.webhook([lineEvent(t.line, user, text('first', { markAsReadToken: 'read-1' }))]);
    const conversation = await conversationOf(user);
    await t.webhook([lineEvent(t.line, user, text('second', { markAsReadToken: 'read-2' }))]);
    await eventually(async () => (await t.api('GET', `/api/conversations/${conversation.id}`)).body.messages.length === 2);
    const marked = () => fakeChat(line()).markedRead.filter((m) => m.markAsReadToken.startsWith('read-'));

    const opened = await agent.call('POST', `/api/conversations/${conversation.id}/read`);
    expect(opened).toMatchObject({ status: 202, body: { status: 'marking' } });
    await eventually(() => marked().length === 1, 10_000, 'mark as read');
    expect(marked()).toEqual([{ markAsReadToken: 'read-2', token: 'test-access-token' }]);
    // Opened again with nothing new: LINE is not asked again.
    expect((await agent.call('POST', `/api/conversations/${conversation.id}/read`)).body).toEqual({ status: 'nothing to mark' });
    // The token never reaches the transcript the inbox reads.
    expect(JSON.stringify((await agent.call('GET', `/api/conversations/${conversation.id}`)).body)).not.toContain('read-2');

    await t.api('PUT', '/api/settings/line-helpers', { markAsReadOnOpen: false, agentSender: false, senderIconUrl: null });
    await t.webhook([lineEvent(t.line, user, text('third', { markAsReadToken: 'read-3' }))]);
    await eventually(async () => (await t.api('GET', `/api/conversations/${conversation.id}`)).body.messages.length === 3);
    expect((await agent.call('POST', `/api/conversations/${conversation.id}/read`)).body).toEqual({ status: 'off' });
    await t.api('PUT', '/api/settings/line-helpers', { markAsReadOnOpen: true, agentSender: false, senderIconUrl: null });
    expect((await agent.call('POST', `/api/conversations/${conversation.id}/read`)).body).toMatchObject({ status: 'marking' });
    await eventually(() => marked().length === 2, 10_000, 'the second mark as read');
    expect(marked()[1]?.markAsReadToken).toBe('read-3');
  });
});
