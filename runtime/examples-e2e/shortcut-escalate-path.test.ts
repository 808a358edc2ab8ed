import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../testing/fake-crm';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { loadExample } from '../../shared/testing/load-example';
import { makeAgents, openConversation } from './example-agents';

describe('the "Escalate" example, fired by an agent on a LINE conversation', () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  let senior: Record<string, string>;
  beforeAll(async () => {
    crm = await startFakeCrm();
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
    // The example as shipped, but for the CRM's address (a workflow variable made for that).
    const escalate = loadExample('shortcut-escalate');
    (escalate.settings.variables ?? [])[0].defaultValue = crm.ticketsUrl;
    expect((await t.api('POST', '/api/workflows', escalate)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/shortcut-escalate/publish')).status).toBe(201);
    senior = await makeAgents(t, 'Senior', { chiyo: 'away', daisuke: 'online' });
  });
  afterAll(async () => {
    await t.stop();
    await crm.stop();
  });

  async function escalate(user: string, reason: string) {
    t.line?.profiles.set(user, { userId: user, displayName: 'Kanya' });
    await t.webhook([lineEvent(t.line, user, textMessage('I was charged twice'))]);
    const conversation = await eventually(() => openConversation(t, user));
    const fired = await t.api('POST', `/api/conversations/${conversation.id}/shortcuts/shortcut-escalate`, { fields: { reason } });
    expect(fired.status).toBe(202);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual(['Your case has been escalated to a senior agent.']);
    return eventually(async () => {
      const { body } = await t.api('GET', `/api/conversations/${conversation.id}`);
      return body.messages.some((m: any) => m.content.type === 'note') ? body : null;
    });
  }

  it('hands the case to the online senior agent (never the away one), tags it, opens a CRM ticket and notes it', async () => {
    for (const user of ['Uescpath00000000000000000000001', 'Uescpath00000000000000000000002']) {
      const detail = await escalate(user, 'Double charge');
      expect(detail.conversation).toMatchObject({ assignee: senior.daisuke, team: 'Senior' });
      expect(detail.contact.tags).toContain('escalated');
      expect(crm.calls.at(-1)?.body).toEqual({ lineUserId: user, name: 'Kanya', reason: 'Double charge', conversationId: detail.conversation.id });
      const notes = detail.messages.filter((m: any) => m.content.type === 'note').map((m: any) => m.content.text);
      expect(notes).toEqual([`CRM ticket CRM-${crm.calls.length} created for this escalation.`]);
    }
  });

  it('with no senior agent online, leaves the case where it was and says so in a note with the reason', async () => {
    await t.api('PATCH', `/api/users/${senior.daisuke}`, { status: 'away' });
    const user = 'Uescpath00000000000000000000003';
    const detail = await escalate(user, 'Refund over ¥50,000');
    expect(detail.conversation.assignee).toBeNull();
    expect(detail.contact.tags).toContain('escalated');
    const notes = await eventually(async () => {
      const { body } = await t.api('GET', `/api/conversations/${detail.conversation.id}`);
      const found = body.messages.filter((m: any) => m.content.type === 'note').map((m: any) => m.content.text);
      return found.length === 2 ? found : null;
    });
    expect(notes).toEqual([
      'No senior agent was online, so the case stays where it was. Ask team Senior to take it: Refund over ¥50,000',
      `CRM ticket CRM-${crm.calls.length} created for this escalation.`,
    ]);
  });
});
