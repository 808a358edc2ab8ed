import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('merging two contact profiles', () => {
  let t: TestRuntime;
  const first = 'Umerge0000000000000000000000000001';
  const second = 'Umerge0000000000000000000000000002';
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    t.line?.profiles.set(first, { userId: first, displayName: 'Taro (old phone)', language: 'ja' });
    t.line?.profiles.set(second, { userId: second, displayName: 'Taro' });
    for (const user of [first, second]) {
      await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
      await messagesDelivered(t.line, user, 1);
    }
    const conversation = (await t.api('GET', `/api/conversations?contactId=${first}`)).body.conversations[0];
    await t.api('POST', `/api/conversations/${conversation.id}/tags`, { tag: 'vip' });
    await eventually(async () => (await t.api('GET', `/api/conversations/${conversation.id}`)).body.contact.tags.includes('vip'));
  });
  afterAll(() => t.stop());

  it('previews the result before anything changes', async () => {
    const preview = await t.api('GET', `/api/contacts/${first}/merge-preview?into=${second}`);
    expect(preview.body.result).toMatchObject({ id: second, displayName: 'Taro', language: 'ja', tags: ['vip'] });
    expect(preview.body.moves).toMatchObject({ conversations: 1, runs: 1 });
    expect(preview.body.moves.messages).toBeGreaterThanOrEqual(2);
    expect((await t.api('GET', `/api/conversations?contactId=${first}`)).body.conversations).toHaveLength(1);
  });

  it('merges into one history through the queue, and refuses to merge twice', async () => {
    const merged = await t.api('POST', `/api/contacts/${first}/merge`, { into: second });
    expect(merged.status).toBe(202);
    expect(merged.body).toMatchObject({ into: second, eventId: expect.any(String) });
    await eventually(async () => (await t.runtime.services.store.contacts.get(first))?.mergedInto === second);
    // The merged-away contact's open conversation was closed (a contact has one open at most) and moved.
    expect((await t.api('GET', `/api/contacts/${second}`)).body.conversations.map((c: any) => c.status).sort()).toEqual(['closed', 'open']);
    expect(await t.runtime.services.store.conversations.count({ contactId: first })).toBe(0);
    const target = await eventually(async () => {
      const c = await t.runtime.services.store.contacts.get(second);
      return c?.tags.includes('vip') ? c : null;
    });
    expect(target).toMatchObject({ displayName: 'Taro', language: 'ja', tags: ['vip'] });
    expect((await t.api('GET', '/api/contacts')).body.contacts.map((c: any) => c.id)).not.toContain(first);
    expect((await t.api('POST', `/api/contacts/${first}/merge`, { into: second })).status).toBe(409);
    expect((await t.api('POST', `/api/contacts/${second}/merge`, { into: second })).status).toBe(400);
  });
});
