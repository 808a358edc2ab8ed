import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCrm, type CrmCall, type FakeCrm } from '../testing/fake-crm';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

function ticketWorkflow(url: string) {
  return {
    schemaVersion: 1,
    id: 'ticket',
    name: 'Ticket',
    settings: { timezone: 'Asia/Tokyo', variables: [{ name: 'crmUrl', defaultValue: url }] },
    nodes: [
      { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['ticket'], match: 'starts-with' } },
      {
        id: 'ask',
        type: 'ask-question',
        position: { x: 0, y: 0 },
        data: {
          question: 'Describe the problem',
          kind: 'text',
          saveTo: { scope: 'variable', name: 'problem' },
          retry: { maxAttempts: 0, message: 'Again?' },
          timeoutMinutes: 10,
        },
      },
      {
        id: 'call',
        type: 'http-request',
        position: { x: 0, y: 0 },
        data: {
          method: 'POST',
          url: '{{vars.crmUrl}}',
          headers: [{ name: 'X-Api-Key', value: 'k-123' }],
          body: '{"user": "{{contact.userId}}", "problem": "{{vars.problem}}"}',
          timeoutSeconds: 5,
          responseMapping: [
            { path: 'id', variable: 'ticketId' },
            { path: 'data.queue', variable: 'queue' },
          ],
          saveStatusTo: 'status',
        },
      },
      { id: 'ok', type: 'send-message', position: { x: 0, y: 0 }, data: { messages: [{ type: 'text', text: 'Ticket {{vars.ticketId}} ({{vars.queue}})' }] } },
      { id: 'bad', type: 'send-message', position: { x: 0, y: 0 }, data: { messages: [{ type: 'text', text: 'No ticket (status {{vars.status}})' }] } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask' },
      { id: 'e2', source: 'ask', sourceHandle: 'answered', target: 'call' },
      { id: 'e3', source: 'call', sourceHandle: 'success', target: 'ok' },
      { id: 'e4', source: 'call', sourceHandle: 'failure', target: 'bad' },
    ],
  };
}

describe('HTTP steps, through the address policy', () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  beforeAll(async () => {
    crm = await startFakeCrm();
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
  });
  afterAll(async () => {
    await t.stop();
    await crm.stop();
  });

  async function runTicket(user: string, url: string, problem = 'The app says "error 5"'): Promise<{ reply: string; run: any }> {
    await t.api('DELETE', '/api/workflows/ticket');
    expect((await t.api('POST', '/api/workflows', ticketWorkflow(url))).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/ticket/publish')).status).toBe(201);
    await t.webhook([lineEvent(t.line, user, textMessage('ticket'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage(problem))]);
    const [, reply] = await messagesDelivered(t.line, user, 2);
    const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
    return { reply: reply.text, run: body.runs[0] };
  }

  it('reaches an allowlisted CRM, sends a JSON body that a quote cannot break, maps the answer', async () => {
    const { reply } = await runTicket('Uhttp0000000000000000000000000001', `http://127.0.0.1:${crm.port}/tickets`);
    expect(reply).toBe('Ticket CRM-1 (senior)');
    const call = crm.calls.at(-1) as CrmCall;
    expect(call.method).toBe('POST');
    expect(call.headers['x-api-key']).toBe('k-123');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.body).toEqual({ user: 'Uhttp0000000000000000000000000001', problem: 'The app says "error 5"' });
  });

  it('takes failure with the status on a 5xx answer', async () => {
    const { reply, run } = await runTicket('Uhttp0000000000000000000000000002', `http://127.0.0.1:${crm.port}/broken`);
    expect(reply).toBe('No ticket (status 500)');
    expect(run.trace.findLast((s: any) => s.stepId === 'call').output).toMatchObject({ status: 500, error: 'The server answered 500' });
  });

  it.each([
    ['loopback on another port', 'http://127.0.0.1:9/tickets'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['a private network', 'http://10.0.0.1/tickets'],
    ['a host name that resolves to loopback', 'http://localhost:9/tickets'],
    ['IPv6 loopback', 'http://[::1]:9/tickets'],
  ])('refuses %s and takes failure', async (_what, url) => {
    const user = `Uhttp${Math.random().toString(36).slice(2, 12)}`;
    const { reply, run } = await runTicket(user, url);
    expect(reply).toBe('No ticket (status 0)');
    expect(run.trace.findLast((s: any) => s.stepId === 'call').output.error).toContain('a private or reserved address; add it to HTTP_ALLOWLIST');
  });

  it('checks every redirect again', async () => {
    const { reply, run } = await runTicket('Uhttp0000000000000000000000000003', `http://127.0.0.1:${crm.port}/redirect-to-metadata`);
    expect(reply).toBe('No ticket (status 0)');
    expect(run.trace.findLast((s: any) => s.stepId === 'call').output.error).toContain('169.254.169.254');
  });
});

describe('assigning to a team', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  it('round robin spreads 30 conversations over 3 online agents 10/10/10, skipping one who is away', async () => {
    const ids: string[] = [];
    for (const [email, status] of [
      ['aiko@example.com', 'online'],
      ['ben@example.com', 'online'],
      ['chai@example.com', 'online'],
      ['dara@example.com', 'away'],
    ]) {
      const created = await t.api('POST', '/api/users', { email, name: email.split('@')[0], teams: ['Support'], status });
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    const document = (await t.api('GET', '/api/workflows/faq-menu')).body.document;
    document.nodes.find((n: any) => n.id === 'assign-support').data.onlineOnly = true;
    await t.api('PUT', '/api/workflows/faq-menu', document);
    await t.api('POST', '/api/workflows/faq-menu/publish');
    const users = Array.from({ length: 30 }, (_, i) => `Uassign${String(i).padStart(26, '0')}`);
    await Promise.all(users.map((user) => t.webhook([lineEvent(t.line, user, textMessage('menu'))])));
    await Promise.all(users.map((user) => messagesDelivered(t.line, user, 1)));
    await Promise.all(users.map((user) => t.webhook([lineEvent(t.line, user, postback('choice=agent'))])));
    await Promise.all(users.map((user) => messagesDelivered(t.line, user, 2)));
    for (const user of users) expect(t.line?.textsTo(user)[1]).toBe('An agent will be with you shortly.');
    const conversations = await eventually(async () => {
      const all = (await t.api('GET', '/api/conversations?status=open')).body.conversations.filter((c: any) => c.contactId.startsWith('Uassign'));
      return all.length === 30 && all.every((c: any) => c.assignee) ? all : null;
    });
    const perAgent = new Map<string, number>();
    for (const c of conversations) perAgent.set(c.assignee, (perAgent.get(c.assignee) ?? 0) + 1);
    expect([...perAgent.values()]).toEqual([10, 10, 10]);
    expect(perAgent.has(ids[3])).toBe(false);
    expect(conversations.every((c: any) => c.team === 'Support')).toBe(true);
  });

  it('takes "unavailable" when nobody in the team is online', async () => {
    for (const user of (await t.api('GET', '/api/users')).body.users) await t.api('PATCH', `/api/users/${user.id}`, { status: 'away' });
    const user = 'Uassignaway0000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, postback('choice=agent'))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('All our agents are busy right now. We will reply as soon as we can.');
  });
});
