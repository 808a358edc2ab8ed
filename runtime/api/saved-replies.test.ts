import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { signIn, type AgentSession } from '../testing/agent-session';

describe('saved replies', () => {
  let t: TestRuntime;
  let aoi: AgentSession;
  let ben: AgentSession;
  let ada: AgentSession;
  const user = 'Usaved00000000000000000000000001';
  let conversationId: string;

  beforeAll(async () => {
    t = await startTestRuntime();
    const password = 'correct horse battery';
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password });
    await t.api('POST', '/api/users', { email: 'aoi@example.com', name: 'Aoi', password });
    await t.api('POST', '/api/users', { email: 'ben@example.com', name: 'Ben', password });
    [ada, aoi, ben] = await Promise.all(['ada', 'aoi', 'ben'].map((who) => signIn(t.url, `${who}@example.com`, password)));
    t.line?.profiles.set(user, { userId: user, displayName: '田中 花子', language: 'ja' });
    await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
    conversationId = (await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations[0])).id;
  });
  afterAll(() => t.stop());

  it("fills the contact's fields for the conversation, as workflows' templates do", async () => {
    const created = await ada.call('POST', '/api/saved-replies', {
      scope: 'shared',
      code: '/Thanks',
      title: 'Thank you',
      text: 'Thank you, {{contact.displayName}}! Team: {{conversation.team}}. Order {{contact.orderId}}.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scope: 'shared', code: 'thanks', canEdit: true });
    const expanded = await aoi.call('GET', `/api/conversations/${conversationId}/saved-replies/${created.body.id}`);
    expect(expanded.status).toBe(200);
    expect(expanded.body.text).toBe('Thank you, 田中 花子! Team: . Order .');
    expect(expanded.body.missing).toEqual(['conversation.team', 'contact.orderId']);
  });

  it('lists the shared replies and only the caller’s own; agents change only theirs, admins the shared ones', async () => {
    const mine = await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'bye', text: 'Bye {{contact.displayName}}' });
    expect(mine.status).toBe(201);
    expect((await ben.call('POST', '/api/saved-replies', { scope: 'mine', code: 'bye', text: 'Ben’s bye' })).status).toBe(201);

    const aoiList = (await aoi.call('GET', '/api/saved-replies')).body.savedReplies;
    expect(aoiList.map((r: any) => [r.code, r.scope, r.canEdit])).toEqual([
      ['bye', 'mine', true],
      ['thanks', 'shared', false],
    ]);
    expect(aoiList.find((r: any) => r.code === 'bye').text).toBe('Bye {{contact.displayName}}');

    const shared = aoiList.find((r: any) => r.code === 'thanks');
    expect((await aoi.call('PATCH', `/api/saved-replies/${shared.id}`, { text: 'changed' })).status).toBe(403);
    expect((await aoi.call('DELETE', `/api/saved-replies/${shared.id}`)).status).toBe(403);
    expect((await aoi.call('POST', '/api/saved-replies', { scope: 'shared', code: 'x', text: 'x' })).status).toBe(403);
    // Another agent's reply is not there for Ben at all.
    expect((await ben.call('PATCH', `/api/saved-replies/${mine.body.id}`, { text: 'mine now' })).status).toBe(404);
    expect((await ben.call('GET', `/api/conversations/${conversationId}/saved-replies/${mine.body.id}`)).status).toBe(404);

    expect((await aoi.call('PATCH', `/api/saved-replies/${mine.body.id}`, { title: 'Goodbye' })).body).toMatchObject({ title: 'Goodbye', code: 'bye' });
    expect((await ada.call('PATCH', `/api/saved-replies/${shared.id}`, { text: 'Thanks!' })).body.text).toBe('Thanks!');
    expect((await aoi.call('DELETE', `/api/saved-replies/${mine.body.id}`)).status).toBe(204);
    expect((await aoi.call('GET', '/api/saved-replies')).body.savedReplies.map((r: any) => r.code)).toEqual(['thanks']);
  });

  it('refuses a taken code in the same scope and bad fields with a 400 naming the field', async () => {
    await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'hours', text: 'We open at 9' });
    const taken = await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'HOURS', text: 'again' });
    expect(taken.status).toBe(400);
    expect(taken.body.error).toMatch(/^code "\/hours" is taken/);
    // The same code among the shared ones is another scope.
    expect((await ada.call('POST', '/api/saved-replies', { scope: 'shared', code: 'hours', text: 'Shared hours' })).status).toBe(201);
    const other = await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'other', text: 'x' });
    expect((await aoi.call('PATCH', `/api/saved-replies/${other.body.id}`, { code: 'hours' })).body.error).toMatch(/^code "\/hours" is taken/);

    expect((await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'two words', text: 'x' })).body.error).toMatch(/^code must be/);
    expect((await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'v', text: 'Order {{vars.orderId}}' })).body.error).toMatch(
      /^text: `\{\{vars.orderId\}\}` cannot be filled in a saved reply/,
    );
    expect((await aoi.call('POST', '/api/saved-replies', { scope: 'mine', code: 'e', text: '   ' })).body.error).toBe('text must not be empty');
    expect((await aoi.call('POST', '/api/saved-replies', { scope: 'everyone', code: 'e', text: 'x' })).status).toBe(400);
    // The API token acts as an admin without a person: shared replies only.
    expect((await t.api('POST', '/api/saved-replies', { scope: 'mine', code: 'tok', text: 'x' })).body.error).toMatch(/^scope "mine" needs/);
  });
});
