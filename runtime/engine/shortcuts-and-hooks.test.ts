import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../testing/fake-crm';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const shippedWorkflow = {
  schemaVersion: 1,
  id: 'order-shipped',
  name: 'Order shipped',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'hook', type: 'trigger-incoming-webhook', position: { x: 0, y: 0 }, data: { variables: ['orderId'] } },
    { id: 'tell', type: 'send-message', position: { x: 200, y: 0 }, data: { messages: [{ type: 'text', text: 'Your order {{vars.orderId}} has shipped.' }] } },
  ],
  edges: [{ id: 'e1', source: 'hook', sourceHandle: 'next', target: 'tell' }],
};

describe('shortcuts and incoming webhooks', () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  beforeAll(async () => {
    crm = await startFakeCrm();
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
    await t.publishExample('faq-menu');
    const escalate = (await import('../../examples/shortcut-escalate.json', { with: { type: 'json' } })).default as any;
    const local = structuredClone(escalate);
    local.settings.variables[0].defaultValue = crm.ticketsUrl;
    expect((await t.api('POST', '/api/workflows', local)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/shortcut-escalate/publish')).status).toBe(201);
    expect((await t.api('POST', '/api/users', { email: 'sora@example.com', name: 'Sora', teams: ['Senior'], status: 'online' })).status).toBe(201);
    expect((await t.api('POST', '/api/workflows', shippedWorkflow)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/order-shipped/publish')).status).toBe(201);
  });
  afterAll(async () => {
    await t.stop();
    await crm.stop();
  });

  it('an agent fires Escalate: team Senior, tag, CRM ticket through the allowlist, a note, and the customer is told', async () => {
    const user = 'Uescalate000000000000000000000001';
    t.line?.profiles.set(user, { userId: user, displayName: 'Kanya' });
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    const conversation = (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations[0];
    const missing = await t.api('POST', `/api/conversations/${conversation.id}/shortcuts/shortcut-escalate`, { fields: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('Reason for escalating (reason) is required');
    const fired = await t.api('POST', `/api/conversations/${conversation.id}/shortcuts/shortcut-escalate`, {
      fields: { reason: 'Refund over ¥50,000 "urgent"' },
    });
    expect(fired.status).toBe(202);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('Your case has been escalated to a senior agent.');
    expect(crm.calls.at(-1)?.body).toEqual({ lineUserId: user, name: 'Kanya', reason: 'Refund over ¥50,000 "urgent"', conversationId: conversation.id });
    const detail = await eventually(async () => {
      const { body } = await t.api('GET', `/api/conversations/${conversation.id}`);
      return body.conversation.team === 'Senior' ? body : null;
    });
    expect(detail.contact.tags).toContain('escalated');
    expect(detail.messages.map((m: any) => m.content.text)).toContain(`CRM ticket CRM-${crm.calls.length} created for this escalation.`);
  });

  it('an outside system starts a workflow for a contact with its hook token; a wrong token gets 401', async () => {
    const user = 'U0123456789abcdef0123456789abcdef';
    const { hookToken } = (await t.api('GET', '/api/workflows/order-shipped')).body;
    const post = (token: string, body: unknown) =>
      fetch(`${t.url}/hooks/order-shipped`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('wrong-token-wrong-token-wrong-to', { userId: user, variables: { orderId: 'A-1' } })).status).toBe(401);
    expect((await post(hookToken, { userId: 'nobody', variables: {} })).status).toBe(400);
    const started = await post(hookToken, { userId: user, variables: { orderId: 'A-1001', extra: 'x' } });
    expect(started.status).toBe(202);
    expect((await started.json()).ignoredVariables).toEqual(['extra']);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual(['Your order A-1001 has shipped.']);
    expect(t.line?.delivered.filter((d) => d.userId === user).map((d) => d.method)).toEqual(['push']);
  });
});
