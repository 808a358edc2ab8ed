import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const closedReply =
  'Thanks for your message! We are closed right now. Our hours are Monday to Friday, 9:00–18:00 (Japan time), and an agent will reply when we open.';

describe('the "Closed-hours auto-reply" example, on a fixed clock', () => {
  let t: TestRuntime;
  // The engine's clock (EngineDeps.now): each test sets the moment its message arrives.
  let clock = new Date();
  beforeAll(async () => {
    t = await startTestRuntime({ now: () => clock });
    await t.publishExample('business-hours-autoreply');
  });
  afterAll(() => t.stop());

  const runOf = (user: string) =>
    eventually(async () => (await t.api('GET', `/api/runs?contactId=${user}`)).body.runs.find((r: any) => r.status === 'completed'));

  it.each([
    ['Saturday 10:00 in Tokyo', '2026-11-28T01:00:00Z', 'Uhourspath0000000000000000000001'],
    ['Friday 18:30 in Tokyo', '2026-11-27T09:30:00Z', 'Uhourspath0000000000000000000002'],
    ['Wednesday 8:59 in Tokyo', '2026-11-24T23:59:00Z', 'Uhourspath0000000000000000000003'],
  ])('%s: tells the customer the hours and that an agent replies when we open', async (_, at, user) => {
    clock = new Date(at);
    await t.webhook([lineEvent(t.line, user, textMessage('Is my order on its way?'), clock.getTime())]);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual([closedReply]);
    expect((await runOf(user)).trace.map((s: any) => [s.stepId, s.port])).toEqual([
      ['trigger-any', 'next'],
      ['branch-hours', 'closed'],
      ['send-closed', 'next'],
    ]);
  });

  it('Wednesday 10:00 in Tokyo (01:00 UTC, so a wrong zone shows): open, so it says nothing and leaves the message to the agents', async () => {
    const user = 'Uhourspath0000000000000000000004';
    clock = new Date('2026-11-25T01:00:00Z');
    await t.webhook([lineEvent(t.line, user, textMessage('Is my order on its way?'), clock.getTime())]);
    const run = await runOf(user);
    expect(run.trace.map((s: any) => [s.stepId, s.port])).toEqual([
      ['trigger-any', 'next'],
      ['branch-hours', 'else'],
    ]);
    expect(t.line?.textsTo(user)).toEqual([]);
  });
});
