import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

/** Answers every message: any run or reply in these tests would show. */
const echo = {
  schemaVersion: 1,
  id: 'echo',
  name: 'Echo',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'any', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} },
    { id: 'say', type: 'send-message', position: { x: 0, y: 0 }, data: { messages: [{ type: 'text', text: 'Got it' }] } },
  ],
  edges: [{ id: 'e1', source: 'any', sourceHandle: 'next', target: 'say' }],
};

describe('standby mode, unsent messages and LINE redeliveries', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    expect((await t.api('POST', '/api/workflows', echo)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/echo/publish')).status).toBe(201);
  }, 30_000);
  afterAll(() => t.stop());

  async function transcript(userId: string, count: number): Promise<any[]> {
    return eventually(async () => {
      const [conversation] = (await t.api('GET', `/api/conversations?contactId=${userId}`)).body.conversations;
      const messages = conversation ? (await t.api('GET', `/api/conversations/${conversation.id}`)).body.messages : [];
      return messages.length >= count ? messages : null;
    });
  }
  const runsOf = async (userId: string) => (await t.api('GET', `/api/runs?contactId=${userId}`)).body.runs;

  it('keeps a standby message in the conversation, marked, with no run and no reply', async () => {
    const user = `U${'d'.repeat(32)}`;
    const standby = { ...lineEvent(t.line, user, textMessage('hello from standby')), mode: 'standby' };
    delete (standby as { replyToken?: string }).replyToken;
    await t.webhook([standby]);
    const [kept] = await transcript(user, 1);
    expect(kept).toMatchObject({ direction: 'in', author: 'customer', standby: true, content: { type: 'text', text: 'hello from standby' } });
    expect(await runsOf(user)).toEqual([]);

    // The same customer once the chat is ours again: the workflow answers (it would have above).
    await t.webhook([lineEvent(t.line, user, textMessage('and now?'))]);
    expect((await messagesDelivered(t.line, user, 1))[0].text).toBe('Got it');
    expect(t.line?.messagesTo(user)).toHaveLength(1);
    expect(await runsOf(user)).toHaveLength(1);
  });

  it('hides an unsent message: the transcript keeps its place and none of its text', async () => {
    const user = `U${'e'.repeat(32)}`;
    const secret = 'my card is 4111 1111 1111 1111';
    await t.webhook([lineEvent(t.line, user, { type: 'message', message: { id: 'unsend-me', type: 'text', text: secret, quoteToken: 'q1' } })]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, { type: 'unsend', unsend: { messageId: 'unsend-me' } })]);
    const messages = await eventually(async () => {
      const list = await transcript(user, 2);
      return list[0]?.unsentAt ? list : null;
    });
    expect(messages[0]).toMatchObject({ id: expect.stringMatching(/^in-/), direction: 'in', content: { type: 'unsent' }, unsentAt: expect.any(String) });
    expect(JSON.stringify(messages)).not.toContain('4111');
    expect(messages).toHaveLength(2);
    // An unsend runs no workflow and answers nothing.
    expect(t.line?.messagesTo(user)).toHaveLength(1);
    expect(await runsOf(user)).toHaveLength(1);
  });

  it('handles a redelivered event once: a repeat of one received is dropped, one never received is handled', async () => {
    const user = `U${'f'.repeat(32)}`;
    const first = lineEvent(t.line, user, textMessage('once please'));
    await t.webhook([first]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([{ ...first, deliveryContext: { isRedelivery: true } }]);

    const missed = { ...lineEvent(t.line, user, textMessage('lost the first time')), deliveryContext: { isRedelivery: true } };
    await t.webhook([missed]);
    await messagesDelivered(t.line, user, 2);
    const messages = await transcript(user, 4);
    expect(messages.filter((m) => m.direction === 'in').map((m) => m.content.text)).toEqual(['once please', 'lost the first time']);
    expect(t.line?.messagesTo(user)).toHaveLength(2);
    expect(await runsOf(user)).toHaveLength(2);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/lineflow_line_redeliveries_total\{outcome="repeat"\} 1/);
    expect(metrics).toMatch(/lineflow_line_redeliveries_total\{outcome="new"\} 1/);
  });
});
