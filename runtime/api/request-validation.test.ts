import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('requests are checked against the routes table', () => {
  let t: TestRuntime;
  let conversationId: string;
  let agentId: string;
  beforeAll(async () => {
    t = await startTestRuntime();
    agentId = (await t.api('POST', '/api/users', { email: 'kai@example.com', name: 'Kai', teams: ['Support'] })).body.id;
    const user = 'Uvalidate0000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
    conversationId = (await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations[0])).id;
    await t.api('POST', `/api/conversations/${conversationId}/assign`, { userId: agentId, team: 'Support' });
    await eventually(async () => (await t.api('GET', `/api/conversations/${conversationId}`)).body.conversation.assignee === agentId);
  });
  afterAll(() => t.stop());

  it('refuses an unknown field with a 400 naming it, instead of unassigning the conversation', async () => {
    const answer = await t.api('POST', `/api/conversations/${conversationId}/assign`, { agent: agentId });
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual(['body.agent is not allowed']);
    expect(answer.body.error).toContain('takes userId, team');
    // Nothing was queued: after a later action is done, the assignment is still the agent's.
    await t.api('POST', `/api/conversations/${conversationId}/notes`, { text: 'checked' });
    const detail = await eventually(async () => {
      const { body } = await t.api('GET', `/api/conversations/${conversationId}`);
      return body.messages.some((m: any) => m.content.text === 'checked') ? body : null;
    });
    expect(detail.conversation).toMatchObject({ assignee: agentId, team: 'Support' });
  });

  it('names every wrong field, of each kind', async () => {
    const answer = await t.api('POST', '/api/users', { email: 'ana@example.com', role: 'boss', teams: 'Support', admin: true });
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual(
      expect.arrayContaining(['body.admin is not allowed', 'body.role must be one of: admin, agent', 'body.teams must be a list']),
    );
    expect((await t.api('PUT', '/api/settings/line', {})).body.problems).toEqual(['body.channelSecret is required', 'body.channelAccessToken is required']);
    expect((await t.api('GET', '/api/users')).body.users.map((u: any) => u.email)).not.toContain('ana@example.com');
  });

  it('checks query parameters where a route takes them; a token in the query is refused, not checked', async () => {
    const typo = await t.api('GET', '/api/conversations?stauts=open');
    expect(typo.status).toBe(400);
    expect(typo.body.problems).toEqual(['query.stauts is not allowed']);
    expect((await t.api('GET', '/api/conversations?status=opened')).body.problems).toEqual(['query.status must be one of: open, snoozed, closed, all']);
    const withToken = await fetch(`${t.url}/api/conversations?status=open&token=test-admin-token-0123456789`);
    expect(withToken.status).toBe(401);
  });

  it("keeps the workflow validator's own messages for workflow documents", async () => {
    const answer = await t.api('POST', '/api/workflows', { id: 'x', name: 'X', surprise: 1 });
    expect(answer.status).toBe(400);
    expect(answer.body.problems[0]).toHaveProperty('message');
    expect(answer.body.problems.map((p: any) => p.message).join('\n')).toContain('surprise');
  });
});
