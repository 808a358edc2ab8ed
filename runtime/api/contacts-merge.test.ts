import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('merging a contact whose workflow waits for an answer', () => {
  let t: TestRuntime;
  const away = 'Umergeq000000000000000000000000001';
  const into = 'Umergeq000000000000000000000000002';
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    t.line?.profiles.set(away, { userId: away, displayName: 'Ken (old phone)', language: 'ja' });
    t.line?.profiles.set(into, { userId: into, displayName: 'Ken' });
    // `menu` asks a question and waits for the tap; the other profile just wrote (its conversation is open, nothing runs).
    await t.webhook([lineEvent(t.line, away, textMessage('menu'))]);
    await messagesDelivered(t.line, away, 1);
    await t.webhook([lineEvent(t.line, into, textMessage('hello'))]);
    await eventually(async () => (await t.runtime.services.store.contacts.get(into))?.openConversationId);
  });
  afterAll(() => t.stop());

  it('edits the waiting contact through its queue without disturbing the run', async () => {
    const edited = await t.api('PATCH', `/api/contacts/${away}`, { fields: { plan: 'gold', visits: 2 }, addTags: ['vip'] });
    expect(edited.status).toBe(202);
    const contact = await eventually(async () => {
      const body = (await t.api('GET', `/api/contacts/${away}`)).body;
      return body.contact.fields.plan === 'gold' ? body : null;
    });
    expect(contact.contact).toMatchObject({ fields: { plan: 'gold', visits: 2 }, tags: ['vip'] });
    expect(contact.activeRun).toMatchObject({ workflowName: expect.any(String), status: 'waiting' });
    expect(contact.conversations).toHaveLength(1);
  });

  it('refuses bad edits with a 400 naming the field', async () => {
    const bad = await t.api('PATCH', `/api/contacts/${away}`, { fields: { '1st': 'x', note: 'y'.repeat(1001) }, addTags: [''] });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual([
      expect.stringContaining('fields.1st'),
      expect.stringContaining('fields.note: field "note" must be at most 1000'),
      expect.stringContaining('addTags'),
    ]);
    expect((await t.api('PATCH', `/api/contacts/${away}`, {})).status).toBe(400);
    expect((await t.api('PATCH', `/api/contacts/${away}`, { displayName: 'x'.repeat(101) })).body.error).toContain('displayName');
    expect((await t.api('PATCH', '/api/contacts/Unobody', { displayName: 'x' })).status).toBe(404);
  });

  it('stops the run, closes the open conversation and moves the history; nothing stays open or waiting', async () => {
    const { store } = t.runtime.services;
    const before = await store.contacts.get(away);
    const openId = before?.openConversationId as string;
    expect(before?.engine.run?.status).toBe('waiting');
    const merged = await t.api('POST', `/api/contacts/${away}/merge`, { into });
    expect(merged.status).toBe(202);
    const source = await eventually(async () => {
      const c = await store.contacts.get(away);
      return c?.mergedInto ? c : null;
    });
    expect(source).toMatchObject({ mergedInto: into, openConversationId: null, engine: { run: null } });
    // The conversation that was open is closed, said why, and is the other contact's now.
    const moved = await store.conversations.get(openId);
    expect(moved).toMatchObject({ status: 'closed', contactId: into, summary: 'Merged into Ken' });
    expect(await store.conversations.count({ contactId: away })).toBe(0);
    expect(await store.runs.count({ contactId: away })).toBe(0);
    expect(await store.messages.count({ contactId: away })).toBe(0);
    const runs = await store.runs.find({ contactId: into });
    expect(runs.map((r) => r.status)).toEqual(['interrupted']);
    expect(await store.contacts.find({ 'engine.run.status': 'waiting' })).toEqual([]);
    const transcript = await store.messages.find({ conversationId: openId }, { sort: { at: 1 } });
    expect(transcript.map((m) => (m.content as { text?: string }).text)).toContain('Conversation closed: an admin merged this contact into Ken');
    // The other contact takes in the profile through its own queue, and keeps its own open conversation.
    const target = await eventually(async () => {
      const c = await store.contacts.get(into);
      return c?.tags.includes('vip') ? c : null;
    });
    expect(target).toMatchObject({ displayName: 'Ken', language: 'ja', fields: { plan: 'gold', visits: 2 }, tags: ['vip'] });
    const open = await store.conversations.find({ contactId: into, status: 'open' });
    expect(open.map((c) => c.id)).toEqual([target.openConversationId]);
    const page = (await t.api('GET', `/api/contacts/${into}`)).body;
    expect(page.conversations.map((c: { id: string }) => c.id)).toContain(openId);
    expect((await t.api('GET', '/api/contacts?q=Ken')).body.contacts.map((c: { id: string }) => c.id)).toEqual([into]);
  });

  it('refuses to merge twice, into itself, or to edit a merged contact', async () => {
    expect((await t.api('POST', `/api/contacts/${away}/merge`, { into })).status).toBe(409);
    expect((await t.api('POST', `/api/contacts/${into}/merge`, { into })).status).toBe(400);
    expect((await t.api('PATCH', `/api/contacts/${away}`, { displayName: 'x' })).status).toBe(409);
  });
});
