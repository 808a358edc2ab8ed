import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const echoWorkflow = {
  schemaVersion: 1,
  id: 'echo',
  name: 'Echo',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'start', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} },
    {
      id: 'ask',
      type: 'ask-question',
      position: { x: 200, y: 0 },
      data: {
        question: 'Say something',
        kind: 'text',
        saveTo: { scope: 'variable', name: 'said' },
        retry: { maxAttempts: 0, message: 'Again?' },
        timeoutMinutes: 60,
      },
    },
    { id: 'echo', type: 'send-message', position: { x: 400, y: 0 }, data: { messages: [{ type: 'text', text: 'got {{vars.said}}' }] } },
    { id: 'again', type: 'jump-to', position: { x: 600, y: 0 }, data: { targetNodeId: 'ask' } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask' },
    { id: 'e2', source: 'ask', sourceHandle: 'answered', target: 'echo' },
    { id: 'e3', source: 'echo', sourceHandle: 'next', target: 'again' },
  ],
};

describe('closing a conversation starts the CSAT example', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    await t.publishExample('csat-on-close');
  });
  afterAll(() => t.stop());

  it('asks for a rating by push after the close, follows a low score, and stores the rating', async () => {
    const user = 'Ucsat00000000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    const { body } = await t.api('GET', `/api/conversations?contactId=${user}&status=open`);
    expect(body.conversations).toHaveLength(1);
    const conversationId = body.conversations[0].id;
    expect((await t.api('POST', `/api/conversations/${conversationId}/close`)).status).toBe(202);
    const [, rating] = await messagesDelivered(t.line, user, 2);
    expect(rating.text).toBe('How satisfied are you with our support?');
    expect(rating.quickReply.items.map((i: any) => i.action.label)).toEqual(['1 Poor', '2', '3', '4', '5 Excellent']);
    expect(t.line?.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['reply', 'push']);
    const closed = await t.api('GET', `/api/conversations/${conversationId}`);
    expect(closed.body.conversation.status).toBe('closed');
    expect((await t.api('POST', `/api/conversations/${conversationId}/close`)).status).toBe(409);

    await t.webhook([lineEvent(t.line, user, postback(rating.quickReply.items[1].action.data))]);
    const texts = await messagesDelivered(t.line, user, 3);
    expect(texts[2].text).toBe('What could we have done better?');
    await t.webhook([lineEvent(t.line, user, textMessage('Faster answers, please'))]);
    await messagesDelivered(t.line, user, 4);
    expect(t.line?.textsTo(user)[3]).toBe('Thank you for telling us. We will use it to do better.');

    const [csat] = await t.runtime.services.store.csatResponses.find({ contactId: user });
    expect(csat).toMatchObject({ score: 2, scale: 5, conversationId, workflowId: 'csat-on-close' });
    // The answers went to the survey: no new conversation was opened by them.
    expect((await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations).toHaveLength(1);
  });

  it('says thank you to a high score', async () => {
    const user = 'Ucsat00000000000000000000000000002';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    const { body } = await t.api('GET', `/api/conversations?contactId=${user}`);
    await t.api('POST', `/api/conversations/${body.conversations[0].id}/close`);
    await messagesDelivered(t.line, user, 2);
    await t.webhook([lineEvent(t.line, user, textMessage('５'))]);
    await messagesDelivered(t.line, user, 3);
    expect(t.line?.textsTo(user)[2]).toBe('Thank you for your rating!');
  });
});

describe('per-conversation order', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    expect((await t.api('POST', '/api/workflows', echoWorkflow)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/echo/publish')).status).toBe(201);
  });
  afterAll(() => t.stop());

  it('200 concurrent conversations × 10 messages: every conversation answered in order, nothing twice', async () => {
    const users = Array.from({ length: 200 }, (_, i) => `Uorder${String(i).padStart(27, '0')}`);
    const start = Date.now();
    const shuffle = <T>(list: T[]) =>
      list
        .map((v) => [Math.random(), v] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, v]) => v);
    await Promise.all(
      users.map(async (user) => {
        const events = Array.from({ length: 10 }, (_, k) => lineEvent(t.line, user, textMessage(`m${k}`), start + k));
        // LINE may batch events and deliver them out of order: each request carries 5, shuffled.
        expect((await t.webhook(shuffle(events.slice(0, 5)))).status).toBe(200);
        expect((await t.webhook(shuffle(events.slice(5)))).status).toBe(200);
      }),
    );
    await eventually(() => users.every((user) => t.line!.textsTo(user).filter((x) => x.startsWith('got ')).length >= 9), 60_000, 'all echoes');
    for (const user of users) {
      const texts = t.line!.textsTo(user);
      expect(texts.filter((x) => x.startsWith('got '))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'].map((m) => `got ${m}`));
      expect(texts.filter((x) => x === 'Say something')).toHaveLength(10);
    }
  }, 90_000);
});
