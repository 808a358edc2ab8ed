import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const waitThenPush = {
  schemaVersion: 1,
  id: 'wait-then-push',
  name: 'Wait then push',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['later'], match: 'exact' } },
    { id: 'now', type: 'send-message', position: { x: 200, y: 0 }, data: { messages: [{ type: 'text', text: 'One moment…' }] } },
    { id: 'pause', type: 'wait', position: { x: 400, y: 0 }, data: { amount: 1, unit: 'seconds' } },
    { id: 'done', type: 'send-message', position: { x: 600, y: 0 }, data: { messages: [{ type: 'text', text: 'Done, {{contact.displayName}}.' }] } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'now' },
    { id: 'e2', source: 'now', sourceHandle: 'next', target: 'pause' },
    { id: 'e3', source: 'pause', sourceHandle: 'next', target: 'done' },
  ],
};

describe('timers and friends', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    expect((await t.api('POST', '/api/workflows', waitThenPush)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/wait-then-push/publish')).status).toBe(201);
  });
  afterAll(() => t.stop());

  it('a wait step continues after its delay, by push (the reply token is spent)', async () => {
    const user = 'Uwait000000000000000000000000000001';
    t.line?.profiles.set(user, { userId: user, displayName: 'Somchai' });
    await t.webhook([lineEvent(t.line, user, textMessage('later'))]);
    await messagesDelivered(t.line, user, 2, 10_000);
    expect(t.line?.textsTo(user)).toEqual(['One moment…', 'Done, Somchai.']);
    expect(t.line?.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['reply', 'push']);
  });

  it('a new friend gets the menu (follow trigger); an unfollow ends the waiting run', async () => {
    const user = 'Ufollow00000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, { type: 'follow', follow: { isUnblocked: false } })]);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual(['How can we help?']);
    await t.webhook([lineEvent(t.line, user, { type: 'unfollow' })]);
    const run = await eventually(async () => {
      const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
      return body.runs.find((r: any) => r.status === 'interrupted');
    });
    expect(run.workflowId).toBe('faq-menu');
    // The contact's state is written just after the run's record.
    await eventually(async () => (await t.runtime.services.store.contacts.get(user))?.isFriend === false);
  });

  it('"menu" interrupts a waiting run when its trigger says so', async () => {
    const user = 'Uinterrupt000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)).toEqual(['How can we help?', 'How can we help?']);
    const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
    expect(body.runs.map((r: any) => r.status)).toEqual(['interrupted', 'waiting']);
  });
});
