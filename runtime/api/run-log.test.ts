import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../testing/agent-session';
import { startFakeCrm, type FakeCrm } from '../testing/fake-crm';
import { runLogWorkflow } from '../testing/run-log-workflow';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const planted = { header: 'hdr-secret-5d2a91', inUrl: 'url-secret-77c3e0', inVariable: 'var-secret-0b9f64' };
const credentialValue = 'cred-secret-e81c4a';
const [filed, failed, waiting] = ['Urunlog000000000000000000000000001', 'Urunlog000000000000000000000000002', 'Urunlog000000000000000000000000003'];

describe('the run log', () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  beforeAll(async () => {
    crm = await startFakeCrm();
    const origin = `http://127.0.0.1:${crm.port}`;
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
    const credential = await t.api('POST', '/api/credentials', {
      name: 'crm',
      kind: 'header',
      headerName: 'X-Api-Key',
      value: credentialValue,
      allowedOrigin: origin,
    });
    expect(credential.status).toBe(201);
    expect((await t.api('POST', '/api/workflows', runLogWorkflow(origin, planted, 'crm'))).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/orders/publish')).status).toBe(201);

    await t.webhook([lineEvent(t.line, filed, textMessage('order'))]);
    await messagesDelivered(t.line, filed, 1);
    await t.webhook([lineEvent(t.line, filed, textMessage('A-100'))]);
    await messagesDelivered(t.line, filed, 2);
    await t.webhook([lineEvent(t.line, failed, textMessage('status'))]);
    await t.webhook([lineEvent(t.line, waiting, textMessage('order'))]);
    await messagesDelivered(t.line, waiting, 1);
    await eventually(async () => (await t.api('GET', '/api/workflows/orders/runs?status=failed')).body.runs.length === 1);
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await crm?.stop();
  });

  const list = async (query = '') => {
    const answer = await t.api('GET', `/api/workflows/orders/runs${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  };
  const runOf = async (contactId: string) => (await list()).runs.find((r: any) => r.contactId === contactId);

  it('lists the runs newest first with status, version, contact, start, duration and error, and counts the failed ones', async () => {
    const { runs, failed: failedCount, nextBefore } = await list();
    expect(runs.map((r: any) => [r.contactId, r.status])).toEqual([
      [waiting, 'waiting'],
      [failed, 'failed'],
      [filed, 'completed'],
    ]);
    expect(failedCount).toBe(1);
    expect(nextBefore).toBeNull();
    const done = runs[2];
    expect(done).toMatchObject({ version: 1, triggerType: 'trigger-keyword', error: null, conversationId: expect.any(String), steps: 4 });
    expect(done.durationMs).toBeGreaterThanOrEqual(0);
    expect(runs[0]).toMatchObject({ durationMs: null, endedAt: null, nodeId: 'ask-order' });
    expect(runs[1].error).toMatch(/^step look-up: The server answered 500/);
  });

  it('filters by status, version, dates and test runs, and pages with nextBefore', async () => {
    expect((await list('?status=failed')).runs.map((r: any) => r.contactId)).toEqual([failed]);
    expect((await list('?status=completed')).runs.map((r: any) => r.contactId)).toEqual([filed]);
    expect((await list('?version=1')).runs).toHaveLength(3);
    expect(await list('?version=2')).toMatchObject({ runs: [], failed: 0 });
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`?from=${today}&to=${today}`)).runs).toHaveLength(3);
    expect(await list('?to=2020-01-01')).toMatchObject({ runs: [], failed: 0 });
    expect((await list('?test=true')).runs).toEqual([]);
    const seen: string[] = [];
    let page = await list('?limit=1');
    for (;;) {
      seen.push(...page.runs.map((r: any) => r.contactId));
      if (!page.nextBefore) break;
      page = await list(`?limit=1&before=${encodeURIComponent(page.nextBefore)}`);
    }
    expect(seen).toEqual([waiting, failed, filed]);
    expect((await t.api('GET', '/api/workflows/orders/runs?status=lost')).status).toBe(400);
    expect((await t.api('GET', '/api/workflows/nope/runs')).status).toBe(404);
  });

  it("opens a run: each step's input, what it read, set and sent, its call and its port", async () => {
    const { body } = await t.api('GET', `/api/runs/${(await runOf(filed)).id}`);
    const trace = body.run.trace;
    expect(trace.map((s: any) => [s.stepId, s.port ?? null])).toEqual([
      ['start', 'next'],
      ['ask-order', null],
      ['ask-order', 'answered'],
      ['file-ticket', null],
      ['file-ticket', 'success'],
      ['tell-ticket', 'next'],
    ]);
    expect(trace[1].sent).toEqual([expect.objectContaining({ type: 'text', text: 'Your order number?' })]);
    expect(trace[2]).toMatchObject({ input: { text: 'A-100' }, set: { 'vars.orderId': 'A-100' } });
    expect(trace[3].read).toMatchObject({ 'vars.orderId': 'A-100' });
    expect(trace[3].calls).toEqual([{ kind: 'http', method: 'POST', url: expect.stringContaining('/api/tickets?api_key=••••&lang=ja'), credential: 'crm' }]);
    expect(trace[4]).toMatchObject({ input: { effectResult: { status: 201 } }, set: { 'vars.ticketId': 'CRM-1' } });
    expect(trace[5]).toMatchObject({
      read: { 'vars.ticketId': 'CRM-1', 'vars.orderId': 'A-100' },
      sent: [{ type: 'text', text: 'Ticket CRM-1 for order A-100' }],
    });
    expect(body.run).toMatchObject({ status: 'completed', version: 1, workflowName: 'Orders', vars: { orderId: 'A-100', ticketId: 'CRM-1' } });
  });

  it("shows a failed run's error on the step that failed", async () => {
    const { body } = await t.api('GET', `/api/runs/${(await runOf(failed)).id}`);
    expect(body.run.status).toBe('failed');
    expect(body.run.error).toBe('step look-up: The server answered 500 (nothing is connected to its failure port)');
    expect(body.run.trace.at(-1)).toMatchObject({
      stepId: 'look-up',
      port: 'failure',
      error: 'The server answered 500',
      input: { effectResult: { status: 500 } },
    });
    expect((await t.api('GET', '/api/runs/nope')).status).toBe(404);
  });

  it('keeps no credential, no Authorization header and no secret of the URL in any trace, stored or answered', async () => {
    const secrets = [credentialValue, ...Object.values(planted)];
    // The CRM did get them: they were really sent.
    expect(JSON.stringify(crm.calls)).toContain(credentialValue);
    expect(JSON.stringify(crm.calls)).toContain(planted.header);
    const runs = await t.runtime.services.store.runs.find({ workflowId: 'orders' });
    const answers = [
      JSON.stringify(await list()),
      ...(await Promise.all(runs.map(async (r) => JSON.stringify((await t.api('GET', `/api/runs/${r.id}`)).body)))),
    ];
    for (const text of [...runs.map((r) => JSON.stringify(r.trace)), ...answers]) for (const secret of secrets) expect(text).not.toContain(secret);
    const detail = answers.map((text) => JSON.parse(text)).find((answer) => answer.run?.trace.some((s: any) => s.stepId === 'file-ticket'));
    expect(detail.run.trace.find((s: any) => s.stepId === 'file-ticket').read).toMatchObject({ 'vars.routing': '••••' });
    expect(detail.run.vars.routing).toBe('••••');
  });

  it('is for admins only', async () => {
    await t.api('POST', '/api/users', { email: 'runlog-agent@example.com', name: 'Agent', role: 'agent', password: 'agent-password-1' });
    const agent = await signIn(t.url, 'runlog-agent@example.com', 'agent-password-1');
    const run = await runOf(filed);
    expect((await agent.call('GET', '/api/workflows/orders/runs')).status).toBe(403);
    expect((await agent.call('GET', `/api/runs/${run.id}`)).status).toBe(403);
    expect((await agent.call('POST', '/api/workflows/orders/replay', { conversationId: run.conversationId })).status).toBe(403);
  });
});
