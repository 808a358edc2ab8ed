import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { makeAgents, openConversation } from './example-agents';

const question = 'Which language do you prefer?\nご希望の言語を選んでください。\nกรุณาเลือกภาษาที่ต้องการ';

describe('the "Route by language" example, published and driven over signed LINE webhooks', () => {
  let t: TestRuntime;
  let thai: Record<string, string>;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('routing-by-language');
    // Two Thai agents, one away: round robin over both would hand every other customer to the away one.
    thai = await makeAgents(t, 'Thai', { somchai: 'away', nok: 'online' });
    await makeAgents(t, 'Japanese', { haruto: 'away' });
  });
  afterAll(() => t.stop());

  it('asks the language when LINE does not tell, saves the code "th" and assigns an online Thai agent, never the away one', async () => {
    for (const user of ['Uroute00000000000000000000000001', 'Uroute00000000000000000000000002']) {
      await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
      const [asked] = await messagesDelivered(t.line, user, 1);
      expect(asked.text).toBe(question);
      const buttons = asked.quickReply.items.map((item: any) => item.action);
      expect(buttons.map((b: any) => b.label)).toEqual(['English', '日本語', 'ไทย']);
      await t.webhook([lineEvent(t.line, user, postback(buttons[2].data))]);
      const conversation = await eventually(async () => {
        const open = await openConversation(t, user);
        return open?.assignee ? open : null;
      });
      expect(conversation.assignee).toBe(thai.nok);
      expect(conversation.team).toBe('Thai');
      const contact = await t.runtime.services.store.contacts.get(user);
      expect(contact?.language).toBe('th');
      // Assigned: nothing more is said to the customer (the agent answers).
      expect(t.line?.textsTo(user)).toEqual([question]);
    }
  });

  it('a customer typing the Thai label by hand gets the same', async () => {
    const user = 'Uroute00000000000000000000000003';
    await t.webhook([lineEvent(t.line, user, textMessage('สวัสดี'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage('ไทย'))]);
    const conversation = await eventually(async () => {
      const open = await openConversation(t, user);
      return open?.assignee ? open : null;
    });
    expect(conversation.assignee).toBe(thai.nok);
    expect((await t.runtime.services.store.contacts.get(user))?.language).toBe('th');
  });

  it('knows the language from LINE; with nobody online it says so in that language and leaves the conversation in the queue', async () => {
    const user = 'Uroute00000000000000000000000004';
    t.line?.profiles.set(user, { userId: user, displayName: 'Yui', language: 'ja' });
    await t.webhook([lineEvent(t.line, user, textMessage('こんにちは'))]);
    const [told] = await messagesDelivered(t.line, user, 1);
    expect(told.text).toBe('ただいま対応できる担当者がおりません。メッセージは受け付けましたので、担当者が戻りしだいご返信します。');
    const run = await eventually(async () => (await t.api('GET', `/api/runs?contactId=${user}`)).body.runs.find((r: any) => r.status === 'completed'));
    expect(run.trace.map((s: any) => [s.stepId, s.port])).toEqual([
      ['trigger-opened', 'next'],
      ['branch-language', 'ja'],
      ['assign-japanese', 'unavailable'],
      ['send-offline-japanese', 'next'],
    ]);
    expect(await openConversation(t, user)).toMatchObject({ status: 'open', assignee: null });
  });
});
