import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

/** "How old are you?" with `maxAttempts` answers allowed; "Giving up" on the invalid port, "Thanks" when answered. */
function ageWorkflow(id: string, keyword: string, maxAttempts: number) {
  return {
    schemaVersion: 1,
    id,
    name: `Age, ${maxAttempts} attempts`,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: [keyword], match: 'exact' } },
      {
        id: 'ask',
        type: 'ask-question',
        position: { x: 300, y: 0 },
        data: {
          question: 'How old are you?',
          kind: 'number',
          saveTo: { scope: 'variable', name: 'age' },
          retry: { maxAttempts, message: 'A number, please.' },
          timeoutMinutes: 60,
        },
      },
      { id: 'thanks', type: 'send-message', position: { x: 600, y: 0 }, data: { messages: [{ type: 'text', text: 'Thanks' }] } },
      { id: 'give-up', type: 'send-message', position: { x: 600, y: 200 }, data: { messages: [{ type: 'text', text: 'Giving up' }] } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask' },
      { id: 'e2', source: 'ask', sourceHandle: 'answered', target: 'thanks' },
      { id: 'e3', source: 'ask', sourceHandle: 'invalid', target: 'give-up' },
    ],
  };
}

describe('"Max attempts" counts answers, as labelled', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    for (const [id, keyword, max] of [
      ['age-two', 'two', 2],
      ['age-one', 'one', 1],
    ] as const) {
      const document = ageWorkflow(id, keyword, max);
      expect((await t.api('POST', '/api/workflows', document)).status).toBe(201);
      expect((await t.api('POST', `/api/workflows/${id}/publish`)).status).toBe(201);
    }
  });
  afterAll(() => t?.stop());

  const say = async (user: string, text: string, expected: number) => {
    await t.webhook([lineEvent(t.line, user, textMessage(text))]);
    await messagesDelivered(t.line, user, expected);
  };

  it('"Max attempts 2": the first wrong answer is asked again, the second leaves by Invalid', async () => {
    const user = 'Uattempts000000000000000000000002';
    await say(user, 'two', 1);
    await say(user, 'not a number', 2);
    await say(user, 'still not', 3);
    expect(t.line?.textsTo(user)).toEqual(['How old are you?', 'A number, please.', 'Giving up']);
  });

  it('"Max attempts 2": a right answer at the second attempt is taken', async () => {
    const user = 'Uattempts000000000000000000000003';
    await say(user, 'two', 1);
    await say(user, 'old enough', 2);
    await say(user, '42', 3);
    expect(t.line?.textsTo(user)).toEqual(['How old are you?', 'A number, please.', 'Thanks']);
  });

  it('"Max attempts 1": no second try', async () => {
    const user = 'Uattempts000000000000000000000001';
    await say(user, 'one', 1);
    await say(user, 'not a number', 2);
    expect(t.line?.textsTo(user)).toEqual(['How old are you?', 'Giving up']);
  });
});
